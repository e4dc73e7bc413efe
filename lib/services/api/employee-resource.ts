import { and, eq } from "drizzle-orm";
import { workplaces } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { extraRuleText } from "@/lib/api/field-issues";
import { type TApiCard, type TApiEmployee, toApiCard, toApiEmployee } from "@/lib/api/schemas/employee";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { ZUpdateEmployeeRequest } from "@/lib/validation/employee";
import { archiveEmployee } from "../archive-employee";
import type { ServiceContext } from "../context";
import { createEmployee } from "../create-employee";
import { getEmployee } from "../get-employee";
import { recordCard } from "../record-card";
import { updateEmployee } from "../update-employee";

/**
 * The employee resource of the REST API: the same use cases as the HR screens (so validation, audit
 * and duty recomputation are identical), answered in the documented API shapes.
 */
export async function getApiEmployee(ctx: ServiceContext, employeeId: string): Promise<TApiEmployee> {
  const { employee, currentCard } = await getEmployee(ctx, employeeId);
  return toApiEmployee(employee, currentCard);
}

export async function createApiEmployee(ctx: ServiceContext, input: unknown): Promise<TApiEmployee> {
  await assertOwnWorkplace(ctx, input);
  const { id } = await createEmployee(ctx, input);
  return getApiEmployee(ctx, id);
}

const EDITABLE = Object.keys(ZUpdateEmployeeRequest.shape) as (keyof typeof ZUpdateEmployeeRequest.shape)[];

/**
 * PATCH: the given fields over the stored ones, validated as a whole by updateEmployee (so a new end
 * date is still checked against the stored start date). `null` clears a date or the workplace.
 * Two requests patching the same employee at once: the later write wins field by field it sends.
 */
export async function patchApiEmployee(
  ctx: ServiceContext,
  employeeId: string,
  patch: unknown,
): Promise<TApiEmployee> {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch))
    throw new AppError("invalid_input", "the body must be a JSON object", [
      { field: "body", rule: "invalid_type", message: "body: must be a JSON object of the fields to change" },
    ]);
  await assertOwnWorkplace(ctx, patch);
  const { employee } = await getEmployee(ctx, employeeId);
  const stored: Record<string, unknown> = {};
  for (const key of EDITABLE) if (employee[key] !== null) stored[key] = employee[key];
  await updateEmployee(ctx, employeeId, { ...stored, ...patch });
  return getApiEmployee(ctx, employeeId);
}

/**
 * A workplace id must name one of the caller's own workplaces. The foreign key alone would accept
 * another company's workplace (constraint checks ignore row-level security) and answer a random id
 * with a database error; here both are a field error before anything is written.
 */
async function assertOwnWorkplace(ctx: ServiceContext, input: unknown): Promise<void> {
  const workplaceId =
    typeof input === "object" && input !== null
      ? (input as { workplaceId?: unknown }).workplaceId
      : undefined;
  if (typeof workplaceId !== "string" || !isUuid(workplaceId)) return;
  const [own] = await withTenant(ctx, (tx) =>
    tx
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, ctx.companyId), eq(workplaces.id, workplaceId))),
  );
  if (own) return;
  const label = ctx.locale === "ja" ? "勤務先事業所" : "Workplace";
  throw new AppError("invalid_input", "some fields are invalid", [
    {
      field: "workplaceId",
      rule: "unknown_workplace",
      message: `${label}: ${extraRuleText("unknown_workplace", ctx.locale)}`,
    },
  ]);
}

export async function archiveApiEmployee(ctx: ServiceContext, employeeId: string): Promise<TApiEmployee> {
  await archiveEmployee(ctx, employeeId);
  return getApiEmployee(ctx, employeeId);
}

export async function listApiCards(ctx: ServiceContext, employeeId: string): Promise<{ data: TApiCard[] }> {
  const { cards } = await getEmployee(ctx, employeeId);
  return { data: cards.map(toApiCard) };
}

export async function recordApiCard(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
): Promise<TApiCard> {
  const { id } = await recordCard(ctx, employeeId, input);
  const { cards } = await getEmployee(ctx, employeeId);
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error("recorded card not found");
  return toApiCard(card);
}
