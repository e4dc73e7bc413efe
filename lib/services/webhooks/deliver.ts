import { and, eq, sql } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { decryptField } from "@/lib/crypto/field-encryption";
import { describeSendError, postWebhook } from "./http-post";
import { SIGNATURE_HEADER, signatureHeader } from "./signing";
import { allowsLocalWebhooks } from "./url-policy";

export const MAX_DELIVERY_ATTEMPTS = 8;
/** Longer than the send timeout: a claim this old belongs to an attempt that died (crashed worker). */
export const ABANDONED_CLAIM = sql`interval '2 minutes'`;

export type DeliveryOutcome = "delivered" | "retry" | "failed" | "skipped";

/**
 * One delivery attempt: claim the row (pending, or an abandoned claim) → sign → POST → record.
 * The row's attempts count is the budget, whatever BullMQ remembers: after MAX_DELIVERY_ATTEMPTS the
 * row is failed (HR sees it and can re-send). A claim that finds nothing to do is "skipped".
 */
export async function deliverWebhook(
  companyId: string,
  deliveryId: string,
  opts: { now?: () => Date; allowLocal?: boolean } = {},
): Promise<DeliveryOutcome> {
  const tenant = { companyId };
  const claimed = await withTenant(tenant, async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "delivering", attempts: sql`${webhookDeliveries.attempts} + 1`, claimedAt: sql`now()` })
      .where(
        and(
          eq(webhookDeliveries.companyId, companyId),
          eq(webhookDeliveries.id, deliveryId),
          sql`(${webhookDeliveries.status} = 'pending' or (${webhookDeliveries.status} = 'delivering' and ${webhookDeliveries.claimedAt} < now() - ${ABANDONED_CLAIM}))`,
        ),
      )
      .returning({
        endpointId: webhookDeliveries.endpointId,
        eventType: webhookDeliveries.eventType,
        payload: webhookDeliveries.payload,
        attempts: webhookDeliveries.attempts,
      });
    if (!row) return null;
    const [endpoint] = await tx
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.companyId, companyId), eq(webhookEndpoints.id, row.endpointId)));
    return endpoint ? { ...row, endpoint } : null;
  });
  if (!claimed) return "skipped";
  if (claimed.endpoint.disabledAt)
    return record(companyId, deliveryId, { status: "failed", lastError: "endpoint disabled" });
  const body = JSON.stringify(claimed.payload);
  const nowMs = (opts.now?.() ?? new Date()).getTime();
  const headers = {
    "user-agent": "Zairyu-Webhooks/1",
    "zairyu-event": claimed.eventType,
    "zairyu-delivery": deliveryId,
    [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(
      decryptField(claimed.endpoint.secretEncrypted),
      body,
      Math.floor(nowMs / 1000),
    ),
  };
  const isLast = claimed.attempts >= MAX_DELIVERY_ATTEMPTS;
  try {
    const status = await postWebhook(claimed.endpoint.url, body, headers, {
      allowLocal: opts.allowLocal ?? allowsLocalWebhooks(),
    });
    if (status >= 200 && status < 300)
      return record(companyId, deliveryId, {
        status: "delivered",
        lastStatusCode: status,
        lastError: null,
        deliveredAt: new Date(),
      });
    return record(companyId, deliveryId, {
      status: isLast ? "failed" : "pending",
      lastStatusCode: status,
      lastError: `HTTP ${status}`,
    });
  } catch (error) {
    return record(companyId, deliveryId, {
      status: isLast ? "failed" : "pending",
      lastStatusCode: null,
      lastError: describeSendError(error),
    });
  }
}

type Result = {
  status: "delivered" | "pending" | "failed";
  lastStatusCode?: number | null;
  lastError: string | null;
  deliveredAt?: Date;
};

async function record(companyId: string, deliveryId: string, result: Result): Promise<DeliveryOutcome> {
  await withTenant({ companyId }, (tx) =>
    tx
      .update(webhookDeliveries)
      .set(result)
      .where(
        and(
          eq(webhookDeliveries.companyId, companyId),
          eq(webhookDeliveries.id, deliveryId),
          eq(webhookDeliveries.status, "delivering"),
        ),
      ),
  );
  return result.status === "pending" ? "retry" : result.status;
}
