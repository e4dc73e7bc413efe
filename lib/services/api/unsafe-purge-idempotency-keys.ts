import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";

/**
 * Idempotency keys are remembered for 24 hours (lib/api/idempotency.ts treats older ones as new); the
 * daily sweep deletes them so the table holds about a day of POSTs. Cross-tenant by nature, set-based.
 */
export async function unsafePurgeIdempotencyKeys(): Promise<{ idempotencyKeysDeleted: number }> {
  const deleted = await systemConnection().db.execute(
    sql`delete from idempotency_keys where created_at < now() - interval '24 hours'`,
  );
  return { idempotencyKeysDeleted: deleted.count ?? 0 };
}
