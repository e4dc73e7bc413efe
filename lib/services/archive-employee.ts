import { and, eq, isNull } from "drizzle-orm";
import { employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "./audit";
import { assertCanWrite, type ServiceContext } from "./context";

/** Archiving hides an employee from working lists; their records stay until the retention period ends. */
export async function archiveEmployee(ctx: ServiceContext, employeeId: string): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  await withTenant(ctx, async (tx) => {
    const archived = await tx
      .update(employees)
      .set({ archivedAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(employees.companyId, ctx.companyId),
          eq(employees.id, employeeId),
          isNull(employees.archivedAt),
        ),
      )
      .returning({ id: employees.id });
    if (archived.length === 0) throw notFound("employee");
    await writeAudit(tx, ctx, { action: "employee.archived", entityType: "employee", entityId: employeeId });
  });
}
