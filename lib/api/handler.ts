import crypto from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { type ApiOperation, acceptsIdempotencyKey } from "@/lib/openapi/operation";
import type { ServiceContext } from "@/lib/services/context";
import { authenticate, requestIp, requestLocale } from "./authenticate";
import {
  beginIdempotent,
  finishIdempotent,
  type IdempotencyScope,
  parseIdempotencyKey,
  requestHash,
} from "./idempotency";
import { logUnexpected } from "./log";
import { parseQuery } from "./query";
import { readJsonBody } from "./request-body";
import { type ApiResult, errorResult, internalErrorResult, json } from "./responses";

export type ApiCall<Q extends z.ZodType> = {
  request: Request;
  ctx: ServiceContext & { actor: { type: "api_key"; id: string } };
  params: Record<string, string>;
  query: z.output<Q>;
  /** The parsed JSON body, unvalidated: the use case validates it with the operation's own schema. */
  body: unknown;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Every /api/v1 route enters here: API key → rate limit → scope → query and body → Idempotency-Key →
 * the use case. AppErrors become the one error shape; anything else is a logged, generic 500.
 */
export function apiRoute<Q extends z.ZodType>(
  operation: ApiOperation<Q>,
  run: (call: ApiCall<Q>) => Promise<ApiResult>,
) {
  // The operation rides along on the handler, so a test can check every route file against the document.
  return Object.assign(handle, { operation: operation as ApiOperation });
  async function handle(request: Request, route: RouteContext): Promise<Response> {
    const requestId = crypto.randomUUID();
    let headers: Record<string, string> = { "X-Request-Id": requestId };
    try {
      const { key, limit } = await authenticate(request, operation.rateLimit);
      headers = { ...headers, ...limit.headers };
      if (!limit.isAllowed)
        throw new AppError(
          "rate_limited",
          "too many requests for this API key; retry after the number of seconds in Retry-After",
        );
      if (!key.scopes.includes(operation.scope))
        throw new AppError("forbidden", `this API key lacks the ${operation.scope} scope`);
      const ctx = {
        companyId: key.companyId,
        actor: { type: "api_key" as const, id: key.id, scopes: key.scopes },
        ip: requestIp(request),
        locale: requestLocale(request),
      };
      const url = new URL(request.url);
      const query = operation.query
        ? parseQuery(operation.query, url.searchParams, ctx.locale)
        : ({} as z.output<Q>);
      // Next passes no params object to a route without dynamic segments.
      const params = flatParams((await route?.params) ?? {});
      // An operation without a body refuses one: silently ignoring a payload hides client mistakes.
      const body = operation.body
        ? await readJsonBody(request, {
            isOptional: operation.body.isOptional ?? false,
            maxBytes: operation.body.maxBytes,
          })
        : await refuseBody(request);
      const call: ApiCall<Q> = { request, ctx, params, query, body };
      const idempotencyKey = acceptsIdempotencyKey(operation)
        ? parseIdempotencyKey(request.headers.get("idempotency-key"))
        : null;
      if (!idempotencyKey) return json(await run(call), headers);
      const scope: IdempotencyScope = {
        companyId: key.companyId,
        apiKeyId: key.id,
        key: idempotencyKey,
        requestHash: requestHash(request.method, url.pathname, body ?? null),
      };
      return json(await runOnce(scope, () => run(call), operation.id, requestId), headers);
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="zairyu-api"';
        return json(errorResult(error), headers);
      }
      logUnexpected(operation.id, requestId, error);
      return json(internalErrorResult(requestId), headers);
    }
  }
}

/** Idempotency-Key: replay the stored answer, or run once and store a success for the next retry. */
async function runOnce(
  scope: IdempotencyScope,
  run: () => Promise<ApiResult>,
  operationId: string,
  requestId: string,
): Promise<ApiResult> {
  const start = await beginIdempotent(scope);
  if (start.kind === "replay") return { ...start.result, headers: { "Idempotent-Replayed": "true" } };
  let result: ApiResult;
  try {
    result = await run();
  } catch (error) {
    await finishIdempotent(scope, null).catch((e: unknown) =>
      logUnexpected(`${operationId}/idempotency-release`, requestId, e),
    );
    throw error;
  }
  // The use case has committed: a failure to remember its answer must not turn success into an error.
  await finishIdempotent(scope, result).catch((e: unknown) =>
    logUnexpected(`${operationId}/idempotency-store`, requestId, e),
  );
  return result;
}

/** Looks at the first chunk only: any content at all is refused, whatever its size. */
async function refuseBody(request: Request): Promise<undefined> {
  if (request.body === null) return undefined;
  const reader = request.body.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  if (value && new TextDecoder().decode(value).trim() !== "")
    throw new AppError("invalid_input", "this operation takes no request body", [
      { field: "body", rule: "unknown_field", message: "body: this operation takes no request body" },
    ]);
  return undefined;
}

function flatParams(params: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
}
