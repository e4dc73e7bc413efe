import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError } from "@/lib/errors";
import { type TCreateEmployeeRequest, ZCreateEmployeeRequest } from "@/lib/validation/employee";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";
import { assertCanWrite, type ServiceContext } from "./context";
import { cardColumns } from "./employee-card";
import { assertWorkplaceInCompany } from "./employee-workplace";
import { syncEmployeeDuties } from "./pipeline/sync-employee-duties";

/** Registers a foreign employee with their current residence card, in one transaction. */
export async function createEmployee(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  assertCanWrite(ctx);
  const parsed = ZCreateEmployeeRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const { card, ...fields }: TCreateEmployeeRequest = parsed.data;
  return withTenant(ctx, async (tx) => {
    await assertWorkplaceInCompany(tx, ctx, fields.workplaceId);
    const [employee] = await tx
      .insert(employees)
      .values({ ...fields, companyId: ctx.companyId })
      .returning({ id: employees.id });
    if (!employee) throw new Error("insert returned no row");
    await tx.insert(cardRecords).values({
      ...cardColumns(card),
      companyId: ctx.companyId,
      employeeId: employee.id,
      createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
    });
    // Duties and reminder rows in the same transaction (outbox); no events are invented here.
    await syncEmployeeDuties(tx, ctx.companyId, [employee.id]);
    await writeAudit(tx, ctx, {
      action: "employee.created",
      entityType: "employee",
      entityId: employee.id,
      data: { fields: Object.keys(fields), status: card.statusCode },
    });
    return employee;
  });
}
