import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { evaluate } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import { buildCase } from "./build-case";
import { loadLadders, type TLadderSettings } from "./company-settings";
import { diffDuties, dutyValues } from "./diff-duties";
import { loadFacts } from "./load-facts";
import { type ReminderRow, reminderRows } from "./schedule-reminders";
import { textArray } from "./sql-helpers";
import { emitWebhookEvents, type WebhookEvent } from "./webhooks";
import { type EmployeeChange, writeDutyChanges } from "./write-duties";

export type SyncOptions = { today?: string; ladders?: TLadderSettings };
export type SyncResult = {
  created: number;
  updated: number;
  cancelled: number;
  reminders: number;
  skipped: string[];
};

const BATCH = 500;

/**
 * The heart of the pipeline, run inside the caller's tenant transaction (so facts, duties, reminder
 * rows and webhook events commit or fail together, and nothing here touches Redis):
 * facts → engine (asOf = today in Japan) → diff against stored duties → set-based writes.
 * Works in batches of employees so a company-wide fan-out is a few queries per 500 people.
 */
export async function syncEmployeeDuties(
  tx: Tx,
  companyId: string,
  employeeIds: readonly string[],
  opts: SyncOptions = {},
): Promise<SyncResult> {
  const today = opts.today ?? todayInJapan();
  const ladders = opts.ladders ?? (await loadLadders(tx, companyId));
  const result: SyncResult = { created: 0, updated: 0, cancelled: 0, reminders: 0, skipped: [] };
  const unique = [...new Set(employeeIds)];
  for (let i = 0; i < unique.length; i += BATCH)
    await syncBatch(tx, companyId, unique.slice(i, i + BATCH), today, ladders, result);
  return result;
}

async function syncBatch(
  tx: Tx,
  companyId: string,
  ids: string[],
  today: string,
  ladders: TLadderSettings,
  result: SyncResult,
): Promise<void> {
  const facts = await loadFacts(tx, companyId, ids);
  const changes: EmployeeChange[] = [];
  const workChanges: { id: string; state: string; until: string | null; previous: string | null }[] = [];
  for (const f of facts.values()) {
    if (!f.card) {
      result.skipped.push(f.id);
      continue;
    }
    const evaluated = f.isArchived ? null : buildCase(f, f.card, f.events, today);
    if (!f.isArchived && !evaluated) {
      // Ids only: the reason is in the data, which the HR page shows; never log personal values.
      console.warn(
        `[pipeline] employee ${f.id}: stored facts do not satisfy the engine contract; duties left as they were`,
      );
      result.skipped.push(f.id);
      continue;
    }
    const outcome = evaluated ? evaluate(evaluated) : null;
    const computed = outcome ? outcome.duties.map((d) => dutyValues(d, f.events)) : [];
    changes.push({
      employeeId: f.id,
      hasEmail: f.hasEmail,
      diff: diffDuties(f.duties, computed),
      mutedIds: new Set(f.duties.filter((d) => d.mutedAt).map((d) => d.id)),
    });
    if (outcome && (outcome.work.state !== f.workState || outcome.work.until !== f.workUntil))
      workChanges.push({
        id: f.id,
        state: outcome.work.state,
        until: outcome.work.until,
        previous: f.workState,
      });
  }
  const written = await writeDutyChanges(tx, companyId, changes);
  result.created += written.inserted.length;
  result.updated += written.updated;
  result.cancelled += written.cancelled;

  const reminders: ReminderRow[] = written.schedule.flatMap((d) =>
    reminderRows(d, ladders, today, d.hasEmail),
  );
  result.reminders += await writeReminders(tx, companyId, reminders);

  const hooks: WebhookEvent[] = written.inserted.map((d) => ({
    type: "duty.created",
    key: `duty.created:${d.id}`,
    payload: { dutyId: d.id, employeeId: d.employeeId, code: d.code, dueDate: d.dueDate, rule: d.rule },
  }));
  if (workChanges.length > 0) {
    await tx.execute(sql`
      update employees e set work_state = x.state, work_until = x.until::date, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(workChanges)}::jsonb) as x(id uuid, state text, until text)
      where e.company_id = ${companyId}::uuid and e.id = x.id`);
    for (const w of workChanges) {
      if (w.previous === null || w.previous === w.state) continue; // first evaluation, or only the date moved
      hooks.push({
        type: "employee.work_authorization_changed",
        key: `work:${w.id}:${today}:${w.previous}->${w.state}`,
        payload: { employeeId: w.id, previousState: w.previous, state: w.state, until: w.until, asOf: today },
      });
    }
  }
  await emitWebhookEvents(tx, companyId, hooks);
}

/** Inserts reminder rows; a row cancelled earlier with the same key (same step, same date) is revived. */
async function writeReminders(tx: Tx, companyId: string, rows: ReminderRow[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const inserted = await tx.execute(sql`
      insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      select ${companyId}::uuid, x.duty_id, x.employee_id, x.recipient_type, x.kind, x.send_on, x.dedupe_key
      from unnest(${textArray(
        chunk.map((r) => r.dutyId),
        "uuid",
      )}, ${textArray(
        chunk.map((r) => r.employeeId),
        "uuid",
      )}, ${textArray(chunk.map((r) => r.recipientType))},
        ${textArray(chunk.map((r) => r.kind))}, ${textArray(
          chunk.map((r) => r.sendOn),
          "date",
        )}, ${textArray(chunk.map((r) => r.dedupeKey))})
        as x(duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      on conflict (company_id, dedupe_key) do update set status = 'pending', send_on = excluded.send_on, last_error = null
        where notifications.status = 'cancelled'`);
    count += inserted.count ?? 0;
  }
  return count;
}
