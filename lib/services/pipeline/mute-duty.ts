import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { duties, employees, notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/services/audit";
import { assertCanWrite, type ServiceContext } from "@/lib/services/context";
import { isUuid } from "@/lib/validation/common";
import { type Clock, today } from "./clock";
import { loadLadders } from "./company-settings";
import { ZMuteDutyRequest } from "./event-schemas";
import { pipelineIssues } from "./field-issues";
import { reminderRows } from "./schedule-reminders";

/**
 * Silences one open duty's reminders, with a reason (kept on the duty, the action in the audit log).
 * The duty stays open and visible; pending reminders are cancelled and the sweep writes no new ones.
 */
export async function muteDuty(ctx: ServiceContext, dutyId: string, input: unknown): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(dutyId)) throw notFound("duty");
  const parsed = ZMuteDutyRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(duties)
      .set({
        mutedAt: new Date(),
        mutedBy: ctx.actor.type === "user" ? ctx.actor.id : null,
        muteReason: parsed.data.reason,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(duties.companyId, ctx.companyId),
          eq(duties.id, dutyId),
          eq(duties.status, "open"),
          isNull(duties.mutedAt),
        ),
      )
      .returning({ id: duties.id, employeeId: duties.employeeId });
    if (!row) throw notFound("open duty");
    await tx
      .update(notifications)
      .set({ status: "cancelled", lastError: "muted" })
      .where(
        and(
          eq(notifications.companyId, ctx.companyId),
          eq(notifications.dutyId, dutyId),
          eq(notifications.status, "pending"),
        ),
      );
    await writeAudit(tx, ctx, {
      action: "duty.muted",
      entityType: "duty",
      entityId: dutyId,
      data: { employeeId: row.employeeId },
    });
  });
}

/** Lifts a mute: the rest of the ladder (steps still ahead) is written again. */
export async function unmuteDuty(ctx: ServiceContext, dutyId: string, clock?: Clock): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(dutyId)) throw notFound("duty");
  await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(duties)
      .set({ mutedAt: null, mutedBy: null, muteReason: null, updatedAt: new Date() })
      .where(
        and(
          eq(duties.companyId, ctx.companyId),
          eq(duties.id, dutyId),
          eq(duties.status, "open"),
          isNotNull(duties.mutedAt),
        ),
      )
      .returning();
    if (!row) throw notFound("muted duty");
    const [employee] = await tx
      .select({ email: employees.email })
      .from(employees)
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, row.employeeId)));
    const rows = reminderRows(
      row,
      await loadLadders(tx, ctx.companyId),
      today(clock),
      Boolean(employee?.email),
    ).filter((r) => r.kind !== "created");
    for (const r of rows)
      await tx.execute(sql`
        insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
        values (${ctx.companyId}::uuid, ${r.dutyId}::uuid, ${r.employeeId}::uuid, ${r.recipientType}, ${r.kind}, ${r.sendOn}::date, ${r.dedupeKey})
        on conflict (company_id, dedupe_key) do update set status = 'pending', last_error = null where notifications.status = 'cancelled'`);
    await writeAudit(tx, ctx, {
      action: "duty.unmuted",
      entityType: "duty",
      entityId: dutyId,
      data: { employeeId: row.employeeId },
    });
  });
}
