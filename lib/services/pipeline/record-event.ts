import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardRecords, employees, events } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertCanWrite, type ServiceContext } from "@/lib/services/context";
import { cardColumns } from "@/lib/services/employee-card";
import { isUuid } from "@/lib/validation/common";
import { type Clock, today } from "./clock";
import { type TRecordEventRequest, ZRecordEventRequest } from "./event-schemas";
import { pipelineIssues } from "./field-issues";
import { type SyncResult, syncEmployeeDuties } from "./sync-employee-duties";

/**
 * Records what happened to one employee and, in the same transaction, recomputes their duties and
 * writes the reminder rows (outbox). Nothing here touches Redis: the sweep picks the rows up later.
 */
export async function recordEvent(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
  clock?: Clock,
): Promise<{ id: string; sync: SyncResult }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZRecordEventRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  const event = parsed.data;
  return withTenant(ctx, async (tx) => {
    const card = await lockEmployee(tx, ctx.companyId, employeeId);
    const data = await applySideEffects(tx, ctx, employeeId, card.id, event);
    const [row] = await tx
      .insert(events)
      .values({
        companyId: ctx.companyId,
        employeeId,
        type: event.type,
        date: event.date,
        data,
        createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      })
      .returning({ id: events.id });
    if (!row) throw new Error("insert returned no row");
    const sync = await syncEmployeeDuties(tx, ctx.companyId, [employeeId], { today: today(clock) });
    await writeAudit(tx, ctx, {
      action: "event.recorded",
      entityType: "employee",
      entityId: employeeId,
      data: { eventId: row.id, type: event.type },
    });
    return { id: row.id, sync };
  });
}

/** The employee must exist, be active and have a current card; the row lock orders concurrent edits. */
export async function lockEmployee(tx: Tx, companyId: string, employeeId: string): Promise<{ id: string }> {
  const [employee] = await tx
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(eq(employees.companyId, companyId), eq(employees.id, employeeId), isNull(employees.archivedAt)),
    )
    .for("update");
  if (!employee) throw notFound("employee");
  const [card] = await tx
    .select({ id: cardRecords.id })
    .from(cardRecords)
    .where(
      and(
        eq(cardRecords.companyId, companyId),
        eq(cardRecords.employeeId, employeeId),
        isNull(cardRecords.supersededAt),
      ),
    );
  if (!card) throw new AppError("conflict", "the employee has no current residence card");
  return card;
}

/** Facts an event changes besides itself; returns the event's stored data (ids and choices only). */
async function applySideEffects(
  tx: Tx,
  ctx: ServiceContext,
  employeeId: string,
  cardId: string,
  event: TRecordEventRequest,
): Promise<Record<string, unknown>> {
  const where = and(eq(employees.companyId, ctx.companyId), eq(employees.id, employeeId));
  switch (event.type) {
    case "employment_started":
      await tx
        .update(employees)
        .set({
          employmentStartedOn: event.date,
          ...(event.contractConcludedOn ? { contractConcludedOn: event.contractConcludedOn } : {}),
          updatedAt: new Date(),
        })
        .where(where);
      return {
        contractConcludedOn: event.contractConcludedOn ?? null,
        arrivedForThisJob: event.arrivedForThisJob,
      };
    case "employment_ended":
      await tx.update(employees).set({ employmentEndedOn: event.date, updatedAt: new Date() }).where(where);
      return {};
    case "renewal_applied":
      // Tied to the card it renews: the next card's renewal duty must not be suppressed by it.
      return { channel: event.channel, cardId };
    case "renewal_decided": {
      await tx
        .update(cardRecords)
        .set({ supersededAt: new Date(), renewalDecidedOn: event.date })
        .where(and(eq(cardRecords.companyId, ctx.companyId), eq(cardRecords.id, cardId)));
      const [card] = await tx
        .insert(cardRecords)
        .values({
          ...cardColumns(event.card),
          companyId: ctx.companyId,
          employeeId,
          createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
        })
        .returning({ id: cardRecords.id });
      if (!card) throw new Error("insert returned no row");
      return { cardId: card.id, previousCardId: cardId, statusCode: event.card.statusCode };
    }
    default:
      return {};
  }
}
