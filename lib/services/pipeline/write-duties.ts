import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { DutyDiff, DutyValues } from "./diff-duties";
import type { LadderDuty } from "./schedule-reminders";
import { jsonRows, uuidArray } from "./sql-helpers";

export type EmployeeChange = {
  employeeId: string;
  hasEmail: boolean;
  diff: DutyDiff;
  mutedIds: ReadonlySet<string>;
};
export type InsertedDuty = LadderDuty & { rule: string };
export type WriteResult = {
  inserted: InsertedDuty[];
  updated: number;
  cancelled: number;
  schedule: (LadderDuty & { hasEmail: boolean })[];
};

const columns = (v: DutyValues) => ({
  dedupe_key: v.dedupeKey,
  event_id: v.eventId,
  code: v.code,
  trigger: v.trigger,
  trigger_date: v.triggerDate,
  owner: v.owner,
  nominal_due_date: v.nominalDueDate,
  due_date: v.dueDate,
  best_effort: v.bestEffort,
  approximate: v.approximate,
  to_confirm: v.toConfirm,
  rule: v.rule,
  basis: v.basis,
  source: v.source,
  details: v.details,
});
const RECORD = sql.raw(
  "dedupe_key text, event_id uuid, code text, trigger text, trigger_date date, owner text, nominal_due_date date, due_date date, best_effort boolean, approximate boolean, to_confirm boolean, rule text, basis text, source text, details jsonb",
);

/**
 * Applies a batch of duty diffs with one statement per kind of change. The status guards in the SQL
 * (`status = 'open'`, `status in ('open','cancelled')`) keep closed history untouched even if a
 * concurrent confirmation closed a duty after it was read. Pending reminders of re-dated and
 * cancelled duties are cancelled here; the caller writes the new ladder.
 */
export async function writeDutyChanges(
  tx: Tx,
  companyId: string,
  changes: readonly EmployeeChange[],
): Promise<WriteResult> {
  const hasEmail = new Map(changes.map((c) => [c.employeeId, c.hasEmail]));
  const inserts = changes.flatMap((c) =>
    c.diff.insert.map((v) => ({ employee_id: c.employeeId, ...columns(v) })),
  );
  const updates = changes.flatMap((c) =>
    c.diff.update.map((u) => ({ id: u.id, reopen: u.reopen, ...columns(u.values) })),
  );
  const cancels = changes.flatMap((c) => c.diff.cancel);
  const redated = changes.flatMap((c) =>
    c.diff.update
      .filter((u) => u.redate)
      .map((u) => ({ ...u, employeeId: c.employeeId, muted: c.mutedIds.has(u.id) })),
  );
  const out: WriteResult = { inserted: [], updated: 0, cancelled: 0, schedule: [] };

  for (let i = 0; i < inserts.length; i += 1000) {
    const rows = await tx.execute<{
      id: string;
      employee_id: string;
      code: string;
      owner: "employee" | "employer";
      due_date: string;
      rule: string;
    }>(sql`
      insert into duties (company_id, employee_id, dedupe_key, event_id, code, trigger, trigger_date, owner, nominal_due_date, due_date, best_effort, approximate, to_confirm, rule, basis, source, details)
      select ${companyId}::uuid, x.employee_id, x.dedupe_key, x.event_id, x.code, x.trigger, x.trigger_date, x.owner, x.nominal_due_date, x.due_date, x.best_effort, x.approximate, x.to_confirm, x.rule, x.basis, x.source, x.details
      from jsonb_to_recordset(${jsonRows(inserts.slice(i, i + 1000))}) as x(employee_id uuid, ${RECORD})
      on conflict (company_id, employee_id, dedupe_key) do nothing
      returning id, employee_id, code, owner, due_date::text, rule`);
    for (const r of rows)
      out.inserted.push({
        id: r.id,
        employeeId: r.employee_id,
        code: r.code,
        owner: r.owner,
        dueDate: r.due_date,
        rule: r.rule,
      });
  }
  if (updates.length > 0) {
    const updated = await tx.execute(sql`
      update duties d set event_id = x.event_id, code = x.code, trigger = x.trigger, trigger_date = x.trigger_date, owner = x.owner,
        nominal_due_date = x.nominal_due_date, due_date = x.due_date, best_effort = x.best_effort, approximate = x.approximate,
        to_confirm = x.to_confirm, rule = x.rule, basis = x.basis, source = x.source, details = x.details,
        status = 'open', cancelled_at = null, updated_at = now()
      from jsonb_to_recordset(${jsonRows(updates)}) as x(id uuid, reopen boolean, ${RECORD})
      where d.company_id = ${companyId}::uuid and d.id = x.id and (d.status = 'open' or (x.reopen and d.status = 'cancelled'))`);
    out.updated = updated.count ?? 0;
  }
  if (cancels.length > 0) {
    const cancelled = await tx.execute(sql`
      update duties set status = 'cancelled', cancelled_at = now(), updated_at = now()
      where company_id = ${companyId}::uuid and id = any(${uuidArray(cancels)}) and status = 'open'`);
    out.cancelled = cancelled.count ?? 0;
  }
  const stale = [...cancels, ...redated.map((u) => u.id)];
  if (stale.length > 0)
    await tx.execute(sql`
      update notifications set status = 'cancelled'
      where company_id = ${companyId}::uuid and duty_id = any(${uuidArray(stale)}) and status = 'pending'`);

  for (const d of out.inserted) out.schedule.push({ ...d, hasEmail: hasEmail.get(d.employeeId) ?? false });
  for (const u of redated)
    if (!u.muted)
      out.schedule.push({
        id: u.id,
        employeeId: u.employeeId,
        code: u.values.code,
        owner: u.values.owner,
        dueDate: u.values.dueDate,
        hasEmail: hasEmail.get(u.employeeId) ?? false,
      });
  return out;
}
