import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { duties, employees, events, notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { evaluate, type TWork } from "@/lib/compliance";
import { notFound } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { isUuid } from "@/lib/validation/common";
import { buildCase } from "./build-case";
import { type Clock, today } from "./clock";
import { loadFacts } from "./load-facts";

/**
 * The events page's data for one employee: events (newest first), every duty (open first, by due
 * date; closed ones stay as history), today's work authorisation as the engine sees it, and the
 * reminders that could not be delivered (so HR can act on them).
 */
export async function getEmployeePipeline(ctx: ServiceContext, employeeId: string, clock?: Clock) {
  if (!isUuid(employeeId)) throw notFound("employee");
  const asOf = today(clock);
  return withTenant(ctx, async (tx) => {
    const [employee] = await tx
      .select({
        id: employees.id,
        name: employees.nameOnCard,
        archivedAt: employees.archivedAt,
        email: employees.email,
      })
      .from(employees)
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, employeeId)));
    if (!employee) throw notFound("employee");
    const [eventRows, dutyRows, failed, facts] = await Promise.all([
      tx
        .select()
        .from(events)
        .where(
          and(
            eq(events.companyId, ctx.companyId),
            eq(events.employeeId, employeeId),
            isNull(events.deletedAt),
          ),
        )
        .orderBy(desc(events.date), desc(events.createdAt)),
      tx
        .select()
        .from(duties)
        .where(and(eq(duties.companyId, ctx.companyId), eq(duties.employeeId, employeeId)))
        .orderBy(asc(duties.dueDate)),
      tx
        .select({
          id: notifications.id,
          kind: notifications.kind,
          recipientType: notifications.recipientType,
          sendOn: notifications.sendOn,
          lastError: notifications.lastError,
          attempts: notifications.attempts,
          dutyId: notifications.dutyId,
        })
        .from(notifications)
        .where(
          and(
            eq(notifications.companyId, ctx.companyId),
            eq(notifications.employeeId, employeeId),
            eq(notifications.status, "failed"),
          ),
        )
        .orderBy(desc(notifications.sendOn)),
      loadFacts(tx, ctx.companyId, [employeeId]),
    ]);
    const f = facts.get(employeeId);
    const theCase = f?.card ? buildCase(f, f.card, f.events, asOf) : null;
    const work: TWork | null = theCase ? evaluate(theCase).work : null;
    const order = { open: 0, submitted: 1, closed: 2, cancelled: 3 } as const;
    const sorted = [...dutyRows].sort(
      (x, y) => order[x.status] - order[y.status] || x.dueDate.localeCompare(y.dueDate),
    );
    return {
      employee,
      events: eventRows,
      duties: sorted,
      failed,
      work,
      today: asOf,
      currentStatus: f?.card?.statusCode ?? null,
    };
  });
}
