import crypto from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { ServiceContext } from "./context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
};

/**
 * Appends to the company's audit chain inside the caller's transaction. The advisory lock serialises
 * writers of one company so each row's prev_hash is the hash of the row before it.
 * `data` holds ids and names of changed fields, never personal values.
 */
export async function writeAudit(tx: Tx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await writeAuditMany(tx, ctx, [entry]);
}

/**
 * Several entries of one actor in one go (e.g. 5,000 employees of one CSV import): one lock, one read of
 * the chain's head, the links computed in order, then multi-row inserts. bigserial ids are drawn in row
 * order, so the chain reads back exactly as a run of writeAudit calls would have written it — without
 * three round trips per entry.
 */
export async function writeAuditMany(
  tx: Tx,
  ctx: ServiceContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // Also asks PostgreSQL for the address as inet will print it: the hash must cover what is stored, or
  // scripts/verify-audit.ts could not recompute it (2001:DB8:0::1 is stored as 2001:db8::1).
  const [lock] = await tx.execute<{ ip: string | null }>(
    sql`select pg_advisory_xact_lock(hashtextextended(${ctx.companyId}, 42)), host(${ctx.ip ?? null}::inet) as ip`,
  );
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.companyId, ctx.companyId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  let prevHash = last?.hash ?? null;
  const rows = entries.map((entry) => {
    const row = {
      companyId: ctx.companyId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ip: lock?.ip ?? null,
      // As jsonb will hold it: undefined members dropped, Dates as ISO strings.
      data: JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>,
    };
    const linked = { ...row, prevHash, hash: auditHash(prevHash, row) };
    prevHash = linked.hash;
    return linked;
  });
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
}

/** The chain link: sha256 over the previous hash and a canonical JSON of the row's content. */
export function auditHash(prevHash: string | null, row: Record<string, unknown>): string {
  return crypto
    .createHash("sha256")
    .update(prevHash ?? "genesis")
    .update("\n")
    .update(canonicalJson(row))
    .digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
