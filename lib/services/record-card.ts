import { and, eq, isNull } from "drizzle-orm";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { ZCardInput } from "@/lib/validation/employee";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";
import { assertCanWrite, type ServiceContext } from "./context";
import { cardColumns } from "./employee-card";
import { syncEmployeeDuties } from "./pipeline/sync-employee-duties";

/** A renewal or change of status: the new card becomes current, the old one stays readable as history. */
export async function recordCard(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
): Promise<{ id: string }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZCardInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  return withTenant(ctx, async (tx) => {
    const [employee] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(
        and(
          eq(employees.companyId, ctx.companyId),
          eq(employees.id, employeeId),
          isNull(employees.archivedAt),
        ),
      )
      .for("update");
    if (!employee) throw notFound("employee");
    await tx
      .update(cardRecords)
      .set({ supersededAt: new Date() })
      .where(
        and(
          eq(cardRecords.companyId, ctx.companyId),
          eq(cardRecords.employeeId, employeeId),
          isNull(cardRecords.supersededAt),
        ),
      );
    const [card] = await tx
      .insert(cardRecords)
      .values({
        ...cardColumns(parsed.data),
        companyId: ctx.companyId,
        employeeId,
        createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      })
      .returning({ id: cardRecords.id });
    if (!card) throw new Error("insert returned no row");
    await syncEmployeeDuties(tx, ctx.companyId, [employeeId]);
    await writeAudit(tx, ctx, {
      action: "card.recorded",
      entityType: "employee",
      entityId: employeeId,
      data: { cardId: card.id, status: parsed.data.statusCode },
    });
    return card;
  });
}
