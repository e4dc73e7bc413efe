import { and, asc, eq } from "drizzle-orm";
import { companies, workplaces } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { ZCompanyProfile, ZWorkplace } from "@/lib/validation/account";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";
import { assertCanWrite, assertRole, type ServiceContext } from "./context";

/** The company's own facts and its workplaces. */
export async function getCompanyProfile(ctx: ServiceContext) {
  return withTenant(ctx, async (tx) => {
    const [company] = await tx.select().from(companies).where(eq(companies.id, ctx.companyId));
    if (!company) throw notFound("company");
    const places = await tx
      .select()
      .from(workplaces)
      .where(eq(workplaces.companyId, ctx.companyId))
      .orderBy(asc(workplaces.name));
    return { company, workplaces: places };
  });
}

/** Owners and admins edit the legal facts the filings need. */
export async function updateCompanyProfile(ctx: ServiceContext, input: unknown): Promise<void> {
  assertRole(ctx, ["owner", "admin"]);
  const parsed = ZCompanyProfile.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const values = Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, v ?? null]));
  await withTenant(ctx, async (tx) => {
    await tx.update(companies).set(values).where(eq(companies.id, ctx.companyId));
    await writeAudit(tx, ctx, {
      action: "company.updated",
      entityType: "company",
      entityId: ctx.companyId,
      data: { fields: Object.keys(parsed.data) },
    });
  });
}

export async function addWorkplace(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  assertCanWrite(ctx);
  const parsed = ZWorkplace.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .insert(workplaces)
      .values({ ...parsed.data, companyId: ctx.companyId })
      .returning({ id: workplaces.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, ctx, { action: "workplace.created", entityType: "workplace", entityId: row.id });
    return row;
  });
}

export async function removeWorkplace(ctx: ServiceContext, workplaceId: string): Promise<void> {
  assertCanWrite(ctx);
  await withTenant(ctx, async (tx) => {
    const removed = await tx
      .delete(workplaces)
      .where(and(eq(workplaces.companyId, ctx.companyId), eq(workplaces.id, workplaceId)))
      .returning({ id: workplaces.id });
    if (removed.length === 0) throw notFound("workplace");
    await writeAudit(tx, ctx, {
      action: "workplace.deleted",
      entityType: "workplace",
      entityId: workplaceId,
    });
  });
}
