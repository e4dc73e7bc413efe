import type { Sql } from "postgres";
import { fromDay } from "@/lib/compliance";
import type { TLadderSettings } from "@/lib/services/pipeline/company-settings";
import { RENEWAL_CODES } from "@/lib/services/pipeline/schedule-reminders";

/**
 * The reminder rows of every duty of the given companies, set-wise: the SQL twin of the pipeline's
 * reminderRows() (lib/services/pipeline/schedule-reminders.ts), run as if each duty had been synced on
 * the day it was recorded (its created_at, Japan time). Same ladders (passed in, from the company
 * settings' defaults), same keys, same rules: steps before that day are not written; employees without
 * an email get HR's rows only; a renewal recorded inside its window (or after a missed step) gets
 * "created" notices. tests/integration/scale-generator.test.ts compares it with reminderRows() row for row.
 *
 * With `history`, a row whose day has passed was sent that morning, and a row after the day its duty was
 * closed was cancelled by the closing; the rest are pending.
 */
export async function insertReminderRows(
  sql: Sql,
  companyIds: readonly string[],
  ladders: TLadderSettings,
  today: number,
  history: boolean,
): Promise<number> {
  const result = await sql`
    with d as (
      select d.id, d.company_id, d.employee_id, d.due_date, (e.email is not null) as has_email,
        (d.created_at at time zone 'Asia/Tokyo')::date as recorded, (d.closed_at at time zone 'Asia/Tokyo')::date as closed,
        case when d.code = any(${[...RENEWAL_CODES]}::text[]) then 'renewal' when d.owner = 'employee' then 'employee' else 'employer' end as ladder
      from duties d join employees e on e.id = d.employee_id
      where d.company_id = any(${companyIds as string[]}::uuid[])),
    r as (
      select d.*, 'employee' as recipient, 'created' as kind, d.recorded as send_on, null::int as step from d where d.ladder = 'employee'
      union all
      select d.*, x.recipient, 'created', d.recorded, null from d, unnest(array['employee', 'hr']) as x(recipient)
      where d.ladder = 'renewal' and d.due_date - ${Math.max(0, ...ladders.renewalDaysBefore)}::int < d.recorded
      union all
      select d.*, x.recipient, 'before', d.due_date - s.n, s.n
      from d
      cross join lateral unnest(case d.ladder when 'employee' then ${ladders.employeeDaysBefore}::int[] when 'renewal' then ${ladders.renewalDaysBefore}::int[] else ${ladders.employerDaysBefore}::int[] end) as s(n)
      cross join lateral unnest(case d.ladder when 'employee' then array['employee'] when 'renewal' then array['employee', 'hr'] else array['hr'] end) as x(recipient)
      where d.due_date - s.n >= d.recorded)
    insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key, status, attempts, last_error, claimed_at, sent_at, message_id, created_at)
    select r.company_id, r.id, r.employee_id, r.recipient, r.kind, r.send_on,
      case when r.kind = 'created' then 'd:' || r.id || ':created:' || r.recipient else 'd:' || r.id || ':before' || r.step || ':' || r.recipient || ':' || r.send_on end,
      s.status, (s.status = 'sent')::int, case when s.status = 'cancelled' then 'duty no longer open or muted' end,
      case when s.status = 'sent' then (r.send_on + time '06:05') at time zone 'Asia/Tokyo' end, case when s.status = 'sent' then (r.send_on + time '06:05') at time zone 'Asia/Tokyo' end,
      case when s.status = 'sent' then '<bench-' || gen_random_uuid() || '@zairyu.localhost>' end, (r.recorded + time '12:00') at time zone 'Asia/Tokyo'
    from r
    cross join lateral (select case when not ${history} then 'pending' when r.closed is not null and r.send_on > r.closed then 'cancelled' when r.send_on < ${fromDay(today)}::date then 'sent' else 'pending' end as status) s
    where r.recipient <> 'employee' or r.has_email`;
  return result.count;
}
