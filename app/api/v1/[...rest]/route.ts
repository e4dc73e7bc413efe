/** Anything under /api/v1 that is not a documented route: the API's own 404 shape, not an HTML page. */
function notFound(): Response {
  return Response.json(
    { error: { code: "not_found", message: "no such API route; see /api/v1/openapi.json" } },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
