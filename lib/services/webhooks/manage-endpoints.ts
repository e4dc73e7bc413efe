import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { extraRuleText, labelledIssues } from "@/lib/api/field-issues";
import { encryptField } from "@/lib/crypto/field-encryption";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { MAX_ENDPOINTS, WEBHOOK_FIELD_LABELS, ZCreateWebhookEndpointRequest } from "./schemas";
import { generateWebhookSecret } from "./signing";
import { isAcceptableWebhookUrl } from "./url-policy";

export const WEBHOOK_MANAGER_ROLES = ["owner", "admin"] as const;

/**
 * Registers an endpoint. The signing secret is returned once (to show it) and stored encrypted like
 * card numbers — not hashed, because every delivery must sign with it.
 */
export async function createWebhookEndpoint(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ id: string; secret: string }> {
  assertRole(ctx, WEBHOOK_MANAGER_ROLES);
  const parsed = ZCreateWebhookEndpointRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some fields are invalid",
      labelledIssues(parsed.error, ctx.locale, WEBHOOK_FIELD_LABELS),
    );
  if (!isAcceptableWebhookUrl(parsed.data.url))
    throw new AppError("invalid_input", "some fields are invalid", [
      {
        field: "url",
        rule: "https_url",
        message: `${WEBHOOK_FIELD_LABELS.url[ctx.locale]}: ${extraRuleText("https_url", ctx.locale)}`,
      },
    ]);
  const secret = generateWebhookSecret();
  return withTenant(ctx, async (tx) => {
    const [active] = await tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.companyId, ctx.companyId), isNull(webhookEndpoints.disabledAt)));
    if ((active?.n ?? 0) >= MAX_ENDPOINTS)
      throw new AppError("conflict", `at most ${MAX_ENDPOINTS} active endpoints: disable one first`);
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        companyId: ctx.companyId,
        url: parsed.data.url,
        secretEncrypted: encryptField(secret),
        events: parsed.data.events,
        createdBy: ctx.actor.id,
      })
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, ctx, {
      action: "webhook_endpoint.created",
      entityType: "webhook_endpoint",
      entityId: row.id,
      data: { events: parsed.data.events },
    });
    return { id: row.id, secret };
  });
}

/** Endpoints with their delivery counts by status, for the settings page. The secret never leaves. */
export async function listWebhookEndpoints(ctx: ServiceContext) {
  assertRole(ctx, WEBHOOK_MANAGER_ROLES);
  return withTenant(ctx, async (tx) => {
    const endpoints = await tx
      .select({
        id: webhookEndpoints.id,
        url: webhookEndpoints.url,
        events: webhookEndpoints.events,
        createdAt: webhookEndpoints.createdAt,
        disabledAt: webhookEndpoints.disabledAt,
      })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.companyId, ctx.companyId))
      .orderBy(desc(webhookEndpoints.createdAt));
    const counts = await tx
      .select({
        endpointId: webhookDeliveries.endpointId,
        status: webhookDeliveries.status,
        n: sql<number>`count(*)::int`,
      })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.companyId, ctx.companyId))
      .groupBy(webhookDeliveries.endpointId, webhookDeliveries.status);
    return endpoints.map((e) => ({
      ...e,
      deliveries: Object.fromEntries(
        counts.filter((c) => c.endpointId === e.id).map((c) => [c.status, c.n]),
      ) as Partial<Record<"pending" | "delivering" | "delivered" | "failed", number>>,
    }));
  });
}

/** Disabling stops new events at once; deliveries already queued for it end as failed. */
export async function disableWebhookEndpoint(ctx: ServiceContext, endpointId: string): Promise<void> {
  assertRole(ctx, WEBHOOK_MANAGER_ROLES);
  if (!isUuid(endpointId)) throw notFound("webhook endpoint");
  await withTenant(ctx, async (tx) => {
    const disabled = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: new Date() })
      .where(
        and(
          eq(webhookEndpoints.companyId, ctx.companyId),
          eq(webhookEndpoints.id, endpointId),
          isNull(webhookEndpoints.disabledAt),
        ),
      )
      .returning({ id: webhookEndpoints.id });
    if (disabled.length === 0) throw notFound("webhook endpoint");
    await writeAudit(tx, ctx, {
      action: "webhook_endpoint.disabled",
      entityType: "webhook_endpoint",
      entityId: endpointId,
    });
  });
}
