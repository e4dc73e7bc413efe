import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { ABANDONED_CLAIM } from "./deliver";

export type DeliveryRef = { id: string; companyId: string };

/**
 * Finds what is ready to send across all companies (set-based, one indexed query): pending rows and
 * rows whose claim was abandoned. The caller enqueues them with deterministic job ids, so running this
 * every few seconds and again in the daily sweep never sends a delivery twice. Unsafe: cross-tenant by
 * nature, and it returns ids only.
 */
export async function unsafeFindDeliveriesToSend(limit = 1000): Promise<DeliveryRef[]> {
  const rows = await systemConnection().db.execute<{ id: string; company_id: string }>(sql`
    select id, company_id from webhook_deliveries
    where status = 'pending' or (status = 'delivering' and claimed_at < now() - ${ABANDONED_CLAIM})
    order by created_at
    limit ${limit}`);
  return rows.map((r) => ({ id: r.id, companyId: r.company_id }));
}
