import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type EventRow, employees, events } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertCanWrite, type ServiceContext } from "@/lib/services/context";
import { isUuid } from "@/lib/validation/common";
import { type Clock, today } from "./clock";
import { ZUpdateEventRequest } from "./event-schemas";
import { pipelineIssues } from "./field-issues";
import { lockEmployee } from "./record-event";
import { syncEmployeeDuties } from "./sync-employee-duties";

/**
 * Corrects an employee event's date (and its own details). Open duties move with it (same duty,
 * re-dated reminders); submitted and closed duties keep their history. Company-wide events are edited
 * as a whole from the company events page, and a decision's new card is corrected by recording a card.
 */
export async function updateEvent(
  ctx: ServiceContext,
  eventId: string,
  input: unknown,
  clock?: Clock,
): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(eventId)) throw notFound("event");
  const parsed = ZUpdateEventRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  const change = parsed.data;
  await withTenant(ctx, async (tx) => {
    const event = await editableEvent(tx, ctx.companyId, eventId);
    await lockEmployee(tx, ctx.companyId, event.employeeId);
    const data = { ...event.data };
    if (event.type === "employment_started") {
      if (change.contractConcludedOn !== undefined) data.contractConcludedOn = change.contractConcludedOn;
      if (change.arrivedForThisJob !== undefined) data.arrivedForThisJob = change.arrivedForThisJob;
    }
    if (event.type === "renewal_applied" && change.channel) data.channel = change.channel;
    await tx
      .update(events)
      .set({ date: change.date, data, updatedAt: new Date() })
      .where(and(eq(events.companyId, ctx.companyId), eq(events.id, eventId)));
    await mirrorEmploymentDates(tx, ctx.companyId, event.employeeId);
    await syncEmployeeDuties(tx, ctx.companyId, [event.employeeId], { today: today(clock) });
    await writeAudit(tx, ctx, {
      action: "event.updated",
      entityType: "employee",
      entityId: event.employeeId,
      data: { eventId, type: event.type, fields: Object.keys(change) },
    });
  });
}

export async function editableEvent(tx: Tx, companyId: string, eventId: string): Promise<EventRow> {
  const [event] = await tx
    .select()
    .from(events)
    .where(and(eq(events.companyId, companyId), eq(events.id, eventId), isNull(events.deletedAt)));
  if (!event) throw notFound("event");
  if (event.companyEventId)
    throw new AppError(
      "conflict",
      "this event belongs to a company-wide event: edit it on the company events page",
    );
  if (event.type === "renewal_decided")
    throw new AppError(
      "conflict",
      "a renewal decision made a new card current: record a corrected card instead",
    );
  return event;
}

/**
 * employees.employment_started_on / ended_on mirror the latest recorded start / end, so the list and
 * the forms agree with the events after an edit or a delete (cleared when none is left).
 */
export async function mirrorEmploymentDates(tx: Tx, companyId: string, employeeId: string): Promise<void> {
  const rows = await tx
    .select({ type: events.type, date: events.date, data: events.data })
    .from(events)
    .where(and(eq(events.companyId, companyId), eq(events.employeeId, employeeId), isNull(events.deletedAt)));
  const latest = (type: string) =>
    rows
      .filter((r) => r.type === type)
      .sort((x, y) => x.date.localeCompare(y.date))
      .at(-1);
  const started = latest("employment_started");
  const ended = latest("employment_ended");
  const contract =
    typeof started?.data.contractConcludedOn === "string" ? started.data.contractConcludedOn : undefined;
  await tx
    .update(employees)
    .set({
      ...(started
        ? { employmentStartedOn: started.date, ...(contract ? { contractConcludedOn: contract } : {}) }
        : {}),
      employmentEndedOn: ended?.date ?? null,
      updatedAt: new Date(),
    })
    .where(and(eq(employees.companyId, companyId), eq(employees.id, employeeId)));
}
