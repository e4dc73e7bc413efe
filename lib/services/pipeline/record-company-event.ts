import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { companyEvents, events } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertCanWrite, type ServiceContext } from "@/lib/services/context";
import { isUuid } from "@/lib/validation/common";
import { type Clock, today } from "./clock";
import { ZRecordCompanyEventRequest } from "./event-schemas";
import { pipelineIssues } from "./field-issues";
import { type SyncResult, syncEmployeeDuties } from "./sync-employee-duties";

/**
 * Who a company event concerns: employees on the books that day (not archived, started on or before
 * it, not ended before it). Set-based: one statement whatever the headcount.
 */
export const AFFECTED_EMPLOYEES = (companyId: string, date: string) => sql`
  select e.id from employees e
  where e.company_id = ${companyId}::uuid and e.archived_at is null
    and (e.employment_started_on is null or e.employment_started_on <= ${date}::date)
    and (e.employment_ended_on is null or e.employment_ended_on >= ${date}::date)`;

/**
 * A company name change, head-office move or dissolution, fanned out in one transaction: one event row
 * per affected employee (INSERT … SELECT), then the engine decides per person which duty, if any, it
 * starts (a 19-16 notice for contract-organisation statuses, nothing for permanent residents…).
 */
export async function recordCompanyEvent(
  ctx: ServiceContext,
  input: unknown,
  clock?: Clock,
): Promise<{ id: string; employees: number; sync: SyncResult }> {
  assertCanWrite(ctx);
  const parsed = ZRecordCompanyEventRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  const { type, date, detail } = parsed.data;
  return withTenant(ctx, async (tx) => {
    const userId = ctx.actor.type === "user" ? ctx.actor.id : null;
    const [row] = await tx
      .insert(companyEvents)
      .values({ companyId: ctx.companyId, type, date, data: detail ? { detail } : {}, createdBy: userId })
      .returning({ id: companyEvents.id });
    if (!row) throw new Error("insert returned no row");
    const fanned = await tx.execute<{ employee_id: string }>(sql`
      insert into events (company_id, employee_id, company_event_id, type, date, created_by)
      select ${ctx.companyId}::uuid, a.id, ${row.id}::uuid, ${type}, ${date}::date, ${userId}::uuid
      from (${AFFECTED_EMPLOYEES(ctx.companyId, date)}) a
      returning employee_id`);
    const ids = fanned.map((r) => r.employee_id);
    const sync = await syncEmployeeDuties(tx, ctx.companyId, ids, { today: today(clock) });
    await writeAudit(tx, ctx, {
      action: "company_event.recorded",
      entityType: "company_event",
      entityId: row.id,
      data: { type, employees: ids.length, duties: sync.created },
    });
    return { id: row.id, employees: ids.length, sync };
  });
}

/** Withdraws a company event and every employee event it fanned out; their open duties are cancelled. */
export async function deleteCompanyEvent(
  ctx: ServiceContext,
  companyEventId: string,
  clock?: Clock,
): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(companyEventId)) throw notFound("company event");
  await withTenant(ctx, async (tx) => {
    const ids = await softDelete(tx, ctx.companyId, companyEventId);
    await syncEmployeeDuties(tx, ctx.companyId, ids, { today: today(clock) });
    await writeAudit(tx, ctx, {
      action: "company_event.deleted",
      entityType: "company_event",
      entityId: companyEventId,
      data: { employees: ids.length },
    });
  });
}

async function softDelete(tx: Tx, companyId: string, companyEventId: string): Promise<string[]> {
  const now = new Date();
  const [deleted] = await tx
    .update(companyEvents)
    .set({ deletedAt: now })
    .where(
      and(
        eq(companyEvents.companyId, companyId),
        eq(companyEvents.id, companyEventId),
        isNull(companyEvents.deletedAt),
      ),
    )
    .returning({ id: companyEvents.id });
  if (!deleted) throw notFound("company event");
  const rows = await tx
    .update(events)
    .set({ deletedAt: now, updatedAt: now })
    .where(
      and(
        eq(events.companyId, companyId),
        eq(events.companyEventId, companyEventId),
        isNull(events.deletedAt),
      ),
    )
    .returning({ employeeId: events.employeeId });
  return rows.map((r) => r.employeeId);
}
