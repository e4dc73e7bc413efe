import { AppError } from "@/lib/errors";

export type ApiResult = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A body that is JSON already, as UTF-8 bytes (PostgreSQL wrote it: lib/api/schemas/duty-json.ts),
 * sent as is rather than decoded, parsed and serialized again. toJSON keeps it right wherever a result
 * is stored as JSON.
 */
export class JsonBytes {
  constructor(readonly bytes: Uint8Array<ArrayBuffer>) {}
  toJSON(): unknown {
    return JSON.parse(Buffer.from(this.bytes).toString("utf8"));
  }
}

export const ok = (body: unknown, status = 200): ApiResult => ({ status, body });

export function json(result: ApiResult, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...result.headers,
    ...extraHeaders,
  });
  const body = result.body instanceof JsonBytes ? result.body.bytes : JSON.stringify(result.body);
  return new Response(result.status === 204 ? null : body, {
    status: result.status,
    headers,
  });
}

/**
 * The one error shape (lib/errors.ts AppError.toBody): {error: {code, message, field?, issues?}}.
 * For invalid input the message repeats the first issue so a person reading a log line sees which field.
 */
export function errorResult(original: AppError): ApiResult {
  // An issue about the whole body has an empty path: name it `body`, so every error names a field.
  const issues = original.issues.map((issue) => (issue.field === "" ? { ...issue, field: "body" } : issue));
  const error = new AppError(original.code, original.message, issues);
  const body = error.toBody();
  const first = error.issues[0];
  if (error.code === "invalid_input" && first) {
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
    body.error.message = `${first.message}${more}`;
  }
  return { status: error.status, body };
}

/** What a client sees of a bug: a code and the request id to quote, never the cause. */
export function internalErrorResult(requestId: string): ApiResult {
  return {
    status: 500,
    body: {
      error: {
        code: "internal_error",
        message: `unexpected error; quote request id ${requestId} when reporting it`,
      },
    },
  };
}
