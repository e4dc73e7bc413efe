import { and, eq, isNull } from "drizzle-orm";
import { employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { ZUpdateEmployeeRequest } from "@/lib/validation/employee";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";
import { assertCanWrite, type ServiceContext } from "./context";
import { assertWorkplaceInCompany } from "./employee-workplace";
import { syncEmployeeDuties } from "./pipeline/sync-employee-duties";

/** Edits an employee's own facts (not the card: a new card is recorded with recordCard). */
export async function updateEmployee(ctx: ServiceContext, employeeId: string, input: unknown): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZUpdateEmployeeRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const values = { ...parsed.data, updatedAt: new Date() };
  await withTenant(ctx, async (tx) => {
    await assertWorkplaceInCompany(tx, ctx, parsed.data.workplaceId);
    const updated = await tx
      .update(employees)
      .set(values)
      .where(
        and(
          eq(employees.companyId, ctx.companyId),
          eq(employees.id, employeeId),
          isNull(employees.archivedAt),
        ),
      )
      .returning({ id: employees.id });
    if (updated.length === 0) throw notFound("employee");
    await syncEmployeeDuties(tx, ctx.companyId, [employeeId]);
    await writeAudit(tx, ctx, {
      action: "employee.updated",
      entityType: "employee",
      entityId: employeeId,
      data: { fields: Object.keys(parsed.data) },
    });
  });
}
