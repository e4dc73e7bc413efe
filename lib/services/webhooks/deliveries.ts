import { and, desc, eq, inArray } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { WEBHOOK_MANAGER_ROLES } from "./manage-endpoints";

/** The deliveries log of one endpoint, newest first: what was sent, how it went, and why it failed. */
export async function listWebhookDeliveries(ctx: ServiceContext, endpointId: string, limit = 100) {
  assertRole(ctx, WEBHOOK_MANAGER_ROLES);
  if (!isUuid(endpointId)) throw notFound("webhook endpoint");
  return withTenant(ctx, async (tx) => {
    const [endpoint] = await tx
      .select({
        id: webhookEndpoints.id,
        url: webhookEndpoints.url,
        events: webhookEndpoints.events,
        disabledAt: webhookEndpoints.disabledAt,
      })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.companyId, ctx.companyId), eq(webhookEndpoints.id, endpointId)));
    if (!endpoint) throw notFound("webhook endpoint");
    const deliveries = await tx
      .select({
        id: webhookDeliveries.id,
        eventType: webhookDeliveries.eventType,
        eventKey: webhookDeliveries.eventKey,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        lastStatusCode: webhookDeliveries.lastStatusCode,
        lastError: webhookDeliveries.lastError,
        claimedAt: webhookDeliveries.claimedAt,
        deliveredAt: webhookDeliveries.deliveredAt,
        createdAt: webhookDeliveries.createdAt,
      })
      .from(webhookDeliveries)
      .where(
        and(eq(webhookDeliveries.companyId, ctx.companyId), eq(webhookDeliveries.endpointId, endpointId)),
      )
      .orderBy(desc(webhookDeliveries.createdAt))
      .limit(limit);
    return { endpoint, deliveries };
  });
}

/**
 * Re-send: the delivery goes back to pending with a fresh attempt budget; the dispatcher picks it up
 * within seconds. Same delivery id and event id, so a receiver that already has it can tell.
 */
export async function resendWebhookDelivery(ctx: ServiceContext, deliveryId: string): Promise<void> {
  assertRole(ctx, WEBHOOK_MANAGER_ROLES);
  if (!isUuid(deliveryId)) throw notFound("webhook delivery");
  await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({ status: webhookDeliveries.status, disabledAt: webhookEndpoints.disabledAt })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(and(eq(webhookDeliveries.companyId, ctx.companyId), eq(webhookDeliveries.id, deliveryId)))
      .for("update", { of: webhookDeliveries });
    if (!row) throw notFound("webhook delivery");
    if (row.disabledAt) throw new AppError("conflict", "the endpoint is disabled");
    const reset = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, lastError: null, claimedAt: null, deliveredAt: null })
      .where(
        and(
          eq(webhookDeliveries.companyId, ctx.companyId),
          eq(webhookDeliveries.id, deliveryId),
          inArray(webhookDeliveries.status, ["failed", "delivered"]),
        ),
      )
      .returning({ id: webhookDeliveries.id });
    if (reset.length === 0) throw new AppError("conflict", "this delivery is still being sent");
    await writeAudit(tx, ctx, {
      action: "webhook_delivery.resent",
      entityType: "webhook_delivery",
      entityId: deliveryId,
      data: { previousStatus: row.status },
    });
  });
}
