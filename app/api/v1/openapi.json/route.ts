import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/document";

let cached: Record<string, unknown> | undefined;

/** GET /api/v1/openapi.json — public (it describes, it does not expose data), built once per process. */
export function GET(): Response {
  cached ??= buildOpenApiDocument(getEnv().APP_URL);
  return Response.json(cached, { headers: { "cache-control": "public, max-age=300" } });
}
