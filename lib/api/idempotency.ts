import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { idempotencyKeys } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError } from "@/lib/errors";
import type { ApiResult } from "./responses";

/** A key is remembered for a day; then the same key starts a new request. */
const KEY_TTL = sql`interval '24 hours'`;
/** A reservation older than this belongs to a request that died mid-way: the next attempt takes it over. */
const ABANDONED_AFTER = sql`interval '5 minutes'`;
/** response_status of a reservation whose request is still running. */
const IN_PROGRESS = 0;

const KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;

export type IdempotencyScope = { companyId: string; apiKeyId: string; key: string; requestHash: string };
export type IdempotencyStart = { kind: "new" } | { kind: "replay"; result: ApiResult };

const keyError = (message: string, code: "invalid_input" | "conflict" = "conflict") =>
  new AppError(code, message, [
    {
      field: "Idempotency-Key",
      rule: code === "conflict" ? "idempotency_conflict" : "invalid_type",
      message: `Idempotency-Key: ${message}`,
    },
  ]);

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  if (!KEY_PATTERN.test(header)) throw keyError("must be 1 to 255 visible ASCII characters", "invalid_input");
  return header;
}

/** The request's identity: method, path and the JSON body with its keys sorted (whitespace does not count). */
export function requestHash(method: string, path: string, body: unknown): string {
  return crypto
    .createHash("sha256")
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest("hex");
}

/**
 * Reserves the key before the use case runs (so two concurrent retries cannot both write), or returns
 * the stored answer of an earlier identical request. The same key with a different request is refused.
 */
export async function beginIdempotent(scope: IdempotencyScope): Promise<IdempotencyStart> {
  return withTenant({ companyId: scope.companyId }, async (tx) => {
    const where = and(
      eq(idempotencyKeys.companyId, scope.companyId),
      eq(idempotencyKeys.apiKeyId, scope.apiKeyId),
      eq(idempotencyKeys.key, scope.key),
    );
    // Expired keys are forgotten first, so an old key is simply new again.
    await tx
      .delete(idempotencyKeys)
      .where(and(where, sql`${idempotencyKeys.createdAt} < now() - ${KEY_TTL}`));
    const reserved = await tx
      .insert(idempotencyKeys)
      .values({ ...scope, responseStatus: IN_PROGRESS, responseBody: sql`'null'::jsonb` })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (reserved.length > 0) return { kind: "new" as const };
    const [row] = await tx.select().from(idempotencyKeys).where(where).for("update");
    if (!row) throw keyError("is being used by a concurrent request; retry shortly");
    if (row.requestHash !== scope.requestHash)
      throw keyError("was already used with a different request; use a new key for a new request");
    if (row.responseStatus !== IN_PROGRESS)
      return { kind: "replay" as const, result: { status: row.responseStatus, body: row.responseBody } };
    const takenOver = await tx
      .update(idempotencyKeys)
      .set({ createdAt: sql`now()` })
      .where(
        and(
          where,
          eq(idempotencyKeys.responseStatus, IN_PROGRESS),
          sql`${idempotencyKeys.createdAt} < now() - ${ABANDONED_AFTER}`,
        ),
      )
      .returning({ key: idempotencyKeys.key });
    if (takenOver.length > 0) return { kind: "new" as const };
    throw keyError("is being used by a request that is still running; retry shortly");
  });
}

/**
 * Stores a successful answer for replay. Anything else releases the reservation: like validation
 * errors, a 404 or 409 is not remembered, so the client may fix the cause and retry with the same key.
 */
export async function finishIdempotent(scope: IdempotencyScope, result: ApiResult | null): Promise<void> {
  await withTenant({ companyId: scope.companyId }, async (tx) => {
    const where = and(
      eq(idempotencyKeys.companyId, scope.companyId),
      eq(idempotencyKeys.apiKeyId, scope.apiKeyId),
      eq(idempotencyKeys.key, scope.key),
      eq(idempotencyKeys.responseStatus, IN_PROGRESS),
    );
    if (result && result.status >= 200 && result.status < 300)
      await tx
        .update(idempotencyKeys)
        .set({
          responseStatus: result.status,
          responseBody: sql`${JSON.stringify(result.body ?? null)}::jsonb`,
        })
        .where(where);
    else await tx.delete(idempotencyKeys).where(where);
  });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
