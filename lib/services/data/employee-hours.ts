import { and, eq } from "drizzle-orm";
import { longVacations } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { toDataFieldIssues } from "@/lib/validation/data-messages";
import { ZLongVacation } from "@/lib/validation/hours";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { hoursFlags, hoursPeople, lastSevenDays, maxAhead, schedules } from "./hours";

/** One person's hours: the schedule around today, flags, vacations and the most each coming day may take. */
export async function getEmployeeHours(ctx: ServiceContext, employeeId: string, today: string) {
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const [person] = await hoursPeople(tx, ctx.companyId, employeeId);
    if (!person) throw notFound("employee");
    const schedule = (await schedules(tx, ctx.companyId, [employeeId], today)).get(employeeId) ?? {
      shifts: [],
      vacations: [],
    };
    return {
      person,
      schedule,
      lastSevenDays: lastSevenDays(schedule, today),
      ...hoursFlags(person, schedule, today),
      ahead: maxAhead(person, schedule, today),
    };
  });
}

/** A school's long vacation for a student under the rule (8 hours a day inside it, RULES R6). */
export async function addLongVacation(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
): Promise<{ id: string }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZLongVacation.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some fields are invalid",
      toDataFieldIssues(parsed.error, ctx.locale),
    );
  return withTenant(ctx, async (tx) => {
    const [person] = await hoursPeople(tx, ctx.companyId, employeeId);
    if (!person) throw notFound("employee");
    const [row] = await tx
      .insert(longVacations)
      .values({ companyId: ctx.companyId, employeeId, ...parsed.data })
      .returning({ id: longVacations.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, ctx, {
      action: "long_vacation.added",
      entityType: "long_vacation",
      entityId: row.id,
      data: { employeeId },
    });
    return row;
  });
}

export async function removeLongVacation(
  ctx: ServiceContext,
  vacationId: string,
): Promise<{ employeeId: string }> {
  assertCanWrite(ctx);
  if (!isUuid(vacationId)) throw notFound("long vacation");
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .delete(longVacations)
      .where(and(eq(longVacations.companyId, ctx.companyId), eq(longVacations.id, vacationId)))
      .returning({ employeeId: longVacations.employeeId });
    if (!row) throw notFound("long vacation");
    await writeAudit(tx, ctx, {
      action: "long_vacation.removed",
      entityType: "long_vacation",
      entityId: vacationId,
      data: { employeeId: row.employeeId },
    });
    return row;
  });
}
