import type { z } from "zod";
import type { RateLimitPolicy } from "@/lib/api/rate-limit";

export type HttpMethod = "GET" | "POST" | "PATCH";

/**
 * One API operation: what the route wrapper enforces (scope, query schema, body rules, idempotency,
 * rate limit) and what the OpenAPI document says — from the same object, so they cannot drift apart.
 * Request body schemas are the ones the use cases validate with; the wrapper passes the raw JSON on.
 */
export type ApiOperation<Q extends z.ZodType = z.ZodType> = {
  id: string;
  method: HttpMethod;
  /** OpenAPI path below /api/v1, e.g. `/employees/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  scope: "read" | "write";
  /** Path parameters and their meaning (all are UUIDs). */
  params?: Readonly<Record<string, string>>;
  query?: Q;
  body?: { schema: z.ZodType; isOptional?: boolean; maxBytes?: number; example?: unknown };
  /** Success answers (status → description and body schema). */
  responses: Readonly<Record<number, { description: string; schema?: z.ZodType }>>;
  /** Error statuses this operation itself can answer, beyond those every operation can (401, 429, 500…). */
  errors?: readonly number[];
  /** POSTs honour Idempotency-Key unless this is false (a stateless call stores nothing, not even that). */
  isIdempotent?: boolean;
  rateLimit?: RateLimitPolicy;
};

export function defineOperation<Q extends z.ZodType = z.ZodType>(
  operation: ApiOperation<Q>,
): ApiOperation<Q> {
  return operation;
}

/** Idempotency-Key applies to POSTs that change something. */
export function acceptsIdempotencyKey(operation: ApiOperation): boolean {
  return operation.method === "POST" && operation.isIdempotent !== false;
}
