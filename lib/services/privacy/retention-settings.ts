import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { companies } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { RETENTION_YEARS_CHOICES, RETENTION_YEARS_DEFAULT } from "./retention-choices";

/**
 * How many years a company keeps the data of an employee after their employment ended (a company
 * setting in companies.settings.retentionYears). The daily purge (purge-separated.ts) reads it.
 */
export { RETENTION_YEARS_CHOICES, RETENTION_YEARS_DEFAULT };

export const ZRetentionSettings = z.strictObject({
  retentionYears: z
    .enum(RETENTION_YEARS_CHOICES.map(String) as [string, ...string[]], { message: "invalid_choice" })
    .transform(Number),
});
export type TRetentionSettings = z.input<typeof ZRetentionSettings>;

/** A stored value outside the choices (hand-edited) falls back to the default rather than purging early. */
export function retentionYearsOf(settings: Record<string, unknown>): number {
  const value = settings.retentionYears;
  return typeof value === "number" && (RETENTION_YEARS_CHOICES as readonly number[]).includes(value)
    ? value
    : RETENTION_YEARS_DEFAULT;
}

export async function getRetentionSettings(
  ctx: ServiceContext,
): Promise<{ retentionYears: number; isDefault: boolean }> {
  return withTenant(ctx, async (tx) => {
    const [company] = await tx
      .select({ settings: companies.settings })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    if (!company) throw notFound("company");
    return {
      retentionYears: retentionYearsOf(company.settings),
      isDefault: company.settings.retentionYears === undefined,
    };
  });
}

/** Only owners decide how long personal data is kept. */
export async function updateRetentionSettings(ctx: ServiceContext, input: unknown): Promise<void> {
  assertRole(ctx, ["owner"]);
  const parsed = ZRetentionSettings.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const years = parsed.data.retentionYears;
  await withTenant(ctx, async (tx) => {
    const [before] = await tx
      .select({ settings: companies.settings })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    if (!before) throw notFound("company");
    await tx
      .update(companies)
      .set({ settings: sql`${companies.settings} || ${JSON.stringify({ retentionYears: years })}::jsonb` })
      .where(eq(companies.id, ctx.companyId));
    await writeAudit(tx, ctx, {
      action: "company.retention_updated",
      entityType: "company",
      entityId: ctx.companyId,
      data: { from: retentionYearsOf(before.settings), to: years },
    });
  });
}
