import type { Sql } from "postgres";
import { addDays, isClosedDay } from "@/lib/compliance";

export type DueKey = { company_id: string; dedupe_key: string };

/**
 * The floor of the morning sweep: one hand-written query that returns the same set of due reminders the
 * sweep enqueues (lib/services/pipeline/sweep/*), writing nothing: the pending rows due by `today` whose
 * duty is still open and unmuted, plus the rows the sweep would add today (overdue, escalation, expired,
 * digest) unless their key already exists, keeping only the latest per duty and recipient (the sweep's
 * "superseded" rule), plus rows abandoned in 'sending'. Keys identify rows in both. It is written for
 * speed with what the sweep's EXPLAINs taught (bench/RESULTS.md): the due and overdue rows are
 * materialised from their partial indexes, their duties and employees looked up by key (the planner,
 * misjudging how few they are, would hash the whole table), "anything due this week" probed per company,
 * and each fresh key checked against the outbox's dedupe index one lookup per key (as NOT EXISTS the
 * planner sometimes expected ~700,000 fresh rows instead of ~50,000 and merge-joined the whole
 * 14.6M-entry index: 3–7 s instead of ~1 s, a floor slower than it need be).
 */
export async function floorDueKeys(sql: Sql, today: string): Promise<DueKey[]> {
  const isOpenDay = !isClosedDay(today);
  const weekAhead = addDays(today, 7);
  const renewals = ["period_of_stay_renewal", "card_validity_renewal"];
  return sql<DueKey[]>`
    with due as materialized (
      select id, company_id, duty_id, recipient_type, send_on, dedupe_key from notifications
      where status = 'pending' and send_on <= ${today}::date),
    overdue as materialized (
      select d.company_id, d.id, d.code, d.owner, d.due_date, e.email is not null as has_email from duties d
      cross join lateral (select email from employees e where e.id = d.employee_id and e.archived_at is null offset 0) e
      where d.status = 'open' and d.muted_at is null and d.due_date < ${today}::date),
    fresh as (
      select d.company_id, d.id as duty_id, r.recipient as recipient_type, ${today}::date as send_on, 'd:' || d.id || ':overdue:' || r.recipient || ':' || ${today} as dedupe_key
      from overdue d cross join (values ('employee'), ('hr')) as r(recipient)
      where ${isOpenDay} and d.owner = 'employee' and d.code <> all(${renewals}::text[]) and (r.recipient = 'hr' or d.has_email)
      union all
      select d.company_id, d.id, 'owner', ${today}::date, 'd:' || d.id || ':escalation:owner:' || ${today}
      from overdue d join companies c on c.id = d.company_id
      where ${isOpenDay} and d.owner = 'employee' and d.code <> all(${renewals}::text[])
        and d.due_date < ${today}::date - (case when jsonb_typeof(c.settings->'notifications'->'escalateAfterDays') = 'number' then (c.settings->'notifications'->>'escalateAfterDays')::int else 3 end)
      union all
      select d.company_id, d.id, 'hr', ${today}::date, 'd:' || d.id || ':expired:hr:' || ${today}
      from overdue d
      where d.code = 'period_of_stay_renewal'
      union all
      select m.company_id, null, 'hr', ${today}::date, 'digest:' || m.user_id || ':' || ${today}
      from memberships m
      where m.role in ('owner', 'admin', 'hr') and not m.digest_opt_out and m.company_id in (
        select c.id from companies c
        where exists (select 1 from duties d join employees e on e.id = d.employee_id
                      where d.company_id = c.id and d.status = 'open' and d.muted_at is null and e.archived_at is null and d.due_date <= ${weekAhead}::date)
           or exists (select 1 from duties d join employees e on e.id = d.employee_id
                      where d.company_id = c.id and d.status = 'open' and d.muted_at is null and e.archived_at is null
                        and d.code = any(${renewals}::text[]) and d.details->>'windowOpensOn' <= ${today}))),
    candidates as (
      select n.company_id, n.duty_id, n.recipient_type, n.send_on, n.dedupe_key
      from due n left join lateral (select d.status, d.muted_at from duties d where d.id = n.duty_id offset 0) d on true
      where n.duty_id is null or (d.status = 'open' and d.muted_at is null)
      union all
      select f.* from fresh f
      left join lateral (select true as hit from notifications x where x.company_id = f.company_id and x.dedupe_key = f.dedupe_key limit 1) x on true
      where x.hit is null),
    ranked as (
      select c.*, row_number() over (partition by c.company_id, c.duty_id, c.recipient_type order by c.send_on desc, c.dedupe_key desc) as rank
      from candidates c)
    select company_id, dedupe_key from ranked where duty_id is null or rank = 1
    union all
    select company_id, dedupe_key from notifications
    where status = 'sending' and send_on <= ${today}::date
      and (claimed_at < now() - interval '15 minutes' or (claimed_at < now() - interval '10 seconds' and claimed_at > pg_postmaster_start_time()))`;
}
