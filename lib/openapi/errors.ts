import { type ApiOperation, acceptsIdempotencyKey } from "./operation";

const WHY: Record<number, string> = {
  400: "Invalid input: `error.field` names the first field at fault (a body field, a query parameter, `cursor`, `body` or `Idempotency-Key`)",
  401: "No API key, or an invalid or revoked one",
  403: "The API key lacks the scope this operation needs (read or write)",
  404: "No such resource in your company (another company's ids are not found either)",
  409: "Conflict: the resource's state forbids this, or the Idempotency-Key was used for a different request or is still in use",
  413: "The body is too large",
  415: "The body is not sent as application/json",
  429: "Too many requests for this API key: wait the seconds in Retry-After",
  500: "Unexpected error: quote X-Request-Id when reporting it",
};

/** The error statuses an operation can answer: those of the wrapper for its kind, plus its own. */
export function errorStatuses(op: ApiOperation): number[] {
  const statuses = new Set<number>([401, 403, 429, 500, ...(op.errors ?? [])]);
  if (op.query || op.body) statuses.add(400);
  if (op.body) for (const s of [413, 415]) statuses.add(s);
  if (acceptsIdempotencyKey(op)) {
    statuses.add(400);
    statuses.add(409);
  }
  return [...statuses].sort((a, b) => a - b);
}

export function errorDescription(status: number): string {
  return WHY[status] ?? "Error";
}
