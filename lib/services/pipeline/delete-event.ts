import { and, eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertCanWrite, type ServiceContext } from "@/lib/services/context";
import { isUuid } from "@/lib/validation/common";
import { type Clock, today } from "./clock";
import { lockEmployee } from "./record-event";
import { syncEmployeeDuties } from "./sync-employee-duties";
import { editableEvent, mirrorEmploymentDates } from "./update-event";

/**
 * Withdraws an event recorded by mistake (soft delete: the audit trail keeps it). Its open duties are
 * cancelled with their pending reminders; a duty already submitted or closed stays as history.
 */
export async function deleteEvent(ctx: ServiceContext, eventId: string, clock?: Clock): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(eventId)) throw notFound("event");
  await withTenant(ctx, async (tx) => {
    const event = await editableEvent(tx, ctx.companyId, eventId);
    await lockEmployee(tx, ctx.companyId, event.employeeId);
    await tx
      .update(events)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(events.companyId, ctx.companyId), eq(events.id, eventId)));
    await mirrorEmploymentDates(tx, ctx.companyId, event.employeeId);
    await syncEmployeeDuties(tx, ctx.companyId, [event.employeeId], { today: today(clock) });
    await writeAudit(tx, ctx, {
      action: "event.deleted",
      entityType: "employee",
      entityId: event.employeeId,
      data: { eventId, type: event.type },
    });
  });
}
