import { and, eq, sql } from "drizzle-orm";
import { companies, memberships } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertRole, type ServiceContext } from "@/lib/services/context";
import { laddersFrom, type TLadderSettings, ZLadderSettings } from "./company-settings";
import { pipelineIssues } from "./field-issues";

/** The company's ladders and the signed-in member's digest choice. */
export async function getNotificationSettings(
  ctx: ServiceContext,
): Promise<{ ladders: TLadderSettings; digestOptOut: boolean }> {
  return withTenant(ctx, async (tx) => {
    const [company] = await tx
      .select({ settings: companies.settings })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    const [member] =
      ctx.actor.type === "user"
        ? await tx
            .select({ optOut: memberships.digestOptOut })
            .from(memberships)
            .where(and(eq(memberships.companyId, ctx.companyId), eq(memberships.userId, ctx.actor.id)))
        : [];
    return { ladders: laddersFrom(company?.settings), digestOptOut: member?.optOut ?? false };
  });
}

/** Owners and admins change the ladders; reminders already written keep their dates (new duties use the new ladder). */
export async function updateLadders(ctx: ServiceContext, input: unknown): Promise<void> {
  assertRole(ctx, ["owner", "admin"]);
  const parsed = ZLadderSettings.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  await withTenant(ctx, async (tx) => {
    await tx
      .update(companies)
      .set({
        settings: sql`jsonb_set(${companies.settings}, '{notifications}', ${JSON.stringify(parsed.data)}::jsonb)`,
      })
      .where(eq(companies.id, ctx.companyId));
    await writeAudit(tx, ctx, {
      action: "notification_settings.updated",
      entityType: "company",
      entityId: ctx.companyId,
      data: parsed.data,
    });
  });
}

/** Each member chooses for themself whether to get the daily digest. */
export async function setDigestOptOut(ctx: ServiceContext, optOut: boolean): Promise<void> {
  if (ctx.actor.type !== "user") throw new AppError("forbidden", "only members have a digest");
  const userId = ctx.actor.id;
  await withTenant(ctx, async (tx) => {
    await tx
      .update(memberships)
      .set({ digestOptOut: optOut })
      .where(and(eq(memberships.companyId, ctx.companyId), eq(memberships.userId, userId)));
    await writeAudit(tx, ctx, {
      action: optOut ? "digest.opted_out" : "digest.opted_in",
      entityType: "membership",
      entityId: userId,
    });
  });
}
