import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import type { ServiceContext } from "@/lib/services/context";

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

export type ApiAnswer = { status: number; body: unknown; headers: Headers };

/** A company API key through the real use case (as an owner would create it in settings). */
export async function makeApiKey(
  owner: ServiceContext,
  scopes: ("read" | "write")[] = ["read", "write"],
  name = "test key",
): Promise<string> {
  return (await createApiKey(owner, { name, scopes })).secret;
}

/** Calls a route handler in-process, as Next would: a Request and its (async) params. */
export async function callRoute(
  handler: RouteHandler,
  opts: {
    method?: string;
    path: string;
    key?: string;
    body?: unknown;
    rawBody?: string;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {
    ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
    ...opts.headers,
  };
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
    headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/v1${opts.path}`, {
    method: opts.method ?? "GET",
    headers,
    body,
  });
  // Like Next: a route without dynamic segments gets no params object.
  const response = await handler(request, {
    params: (opts.params ? Promise.resolve(opts.params) : undefined) as never,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    headers: response.headers,
  };
}

/** Over HTTP against the running server (e2e). */
export async function callHttp(
  base: string,
  opts: {
    method?: string;
    path: string;
    key?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  },
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {
    ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
    ...opts.headers,
  };
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
    headers["content-type"] = "application/json";
  const response = await fetch(`${base}/api/v1${opts.path}`, { method: opts.method ?? "GET", headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text so a failing assertion shows it
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export const errorOf = (answer: ApiAnswer) =>
  (
    answer.body as {
      error: { code: string; message: string; field?: string; issues?: { field: string; message: string }[] };
    }
  ).error;
