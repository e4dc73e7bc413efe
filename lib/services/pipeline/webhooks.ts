import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { WebhookEventType } from "@/lib/services/webhooks/emit";
import { jsonRows } from "./sql-helpers";

export type WebhookEvent = { type: WebhookEventType; key: string; payload: Record<string, unknown> };

/**
 * The set form of emitWebhookEvent (lib/services/webhooks/emit.ts): the same rows and body shape
 * ({type, id, companyId, data}), written for many events in one statement so a fan-out to thousands
 * of employees stays one round trip. (endpoint, event key) is unique, so nothing is queued twice.
 */
export async function emitWebhookEvents(
  tx: Tx,
  companyId: string,
  events: readonly WebhookEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((e) => ({
    type: e.type,
    key: e.key,
    body: { type: e.type, id: e.key, companyId, data: e.payload },
  }));
  const inserted = await tx.execute(sql`
    insert into webhook_deliveries (company_id, endpoint_id, event_type, event_key, payload)
    select ${companyId}::uuid, e.id, x.type, x.key, x.body
    from webhook_endpoints e cross join jsonb_to_recordset(${jsonRows(rows)}) as x(type text, key text, body jsonb)
    where e.company_id = ${companyId}::uuid and e.disabled_at is null and x.type = any(e.events)
    on conflict (company_id, endpoint_id, event_key) do nothing`);
  return inserted.count ?? 0;
}
