import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { WEBHOOK_EVENTS } from "@/db/schema";

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/**
 * Records a webhook event for every enabled endpoint of the company subscribed to it, in the caller's
 * transaction (outbox): a Redis outage loses nothing, and (endpoint, eventKey) is unique so the same
 * event is never queued twice. The worker delivers pending rows. Payloads carry ids and the minimum data.
 */
export async function emitWebhookEvent(
  tx: Tx,
  companyId: string,
  event: { type: WebhookEventType; key: string; payload: Record<string, unknown> },
): Promise<number> {
  const body = { type: event.type, id: event.key, companyId, data: event.payload };
  const inserted = await tx.execute(sql`
    insert into webhook_deliveries (company_id, endpoint_id, event_type, event_key, payload)
    select ${companyId}::uuid, e.id, ${event.type}, ${event.key}, ${JSON.stringify(body)}::jsonb
    from webhook_endpoints e
    where e.company_id = ${companyId}::uuid and e.disabled_at is null and ${event.type} = any(e.events)
    on conflict (company_id, endpoint_id, event_key) do nothing`);
  return inserted.count ?? 0;
}
