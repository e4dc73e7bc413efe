import { type SQL, sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { addDays, isClosedDay } from "@/lib/compliance";
import type { FreshDueRow } from "./due-rows";

const RENEWALS = sql.raw("('period_of_stay_renewal', 'card_validity_renewal')");
/**
 * A time-ordered id (the UUIDv7 layout: milliseconds, then random bits; PostgreSQL 18's uuidv7() spelled
 * for 15+). With random ids each of the morning's ~45,000 rows lands on its own leaf of the outbox's
 * 15-million-entry primary key, read from disk and dirtied (at 1M employees ~25,000 pages, most of the
 * digest insert's time); time-ordered ones fill the key's right edge, a few hundred pages.
 */
const TIME_ORDERED_ID = sql.raw(
  "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid",
);
/** companies.settings is zod-checked on write; a malformed value still falls back to the default here. */
const ESCALATE_AFTER = sql.raw(
  "(case when jsonb_typeof(c.settings->'notifications'->'escalateAfterDays') = 'number' then (c.settings->'notifications'->>'escalateAfterDays')::int else 3 end)",
);
/** What the due-row statement reads of each row written today (the columns of its pending rows). */
const FRESH_COLUMNS = sql.raw(
  "id, company_id, duty_id, recipient_type, send_on, dedupe_key, attempts, last_error, created_at, kind",
);

/**
 * Today's day-by-day rows, written set-wise across every company (system connection: this is the
 * worker's sweep). Each key carries the date, so running twice on one day writes nothing new, and a
 * day the worker missed is simply not generated (the next run speaks for the current state instead).
 * - overdue: employee's own duties past due, to the employee and HR, on open days (not weekends/holidays)
 * - escalation: overdue for more than N days (company setting, default 3), also to the owners
 * - expired: a period of stay / card past expiry with no application recorded, to HR every day
 * - digest: one per HR member who has not opted out, when the company has anything due this week,
 *   overdue, or a renewal whose window is open
 * The duty alerts are CTEs of the due-row statement (./due-rows.ts), which takes the rows they write
 * from RETURNING beside the pending rows it reads, so they are never read back; the digests are a
 * statement of their own on another connection, run at the same time (./run-sweep.ts).
 */
export function dutyAlertCtes(today: string): SQL {
  // The open, unmuted duties past due (~20,000 at 1M employees, from the partial index
  // duties_open_due_idx) are read once, their employees looked up by key, then the three kinds are
  // written from that set. As three statements each joining duties with employees, the planner
  // expected ~200,000 rows and hashed all 1M employees for the expired and escalation rows: 0.8 s
  // each, every morning (bench/sweep.ts, EXPLAIN in bench/RESULTS.md). OFFSET 0 keeps the lookup a
  // lookup; MATERIALIZED keeps the set from being re-planned per insert.
  const openDay = sql.raw(isClosedDay(today) ? "false" : "true");
  return sql`
    overdue as materialized (
      select d.company_id, d.id, d.employee_id, d.code, d.owner, d.due_date, e.has_email
      from duties d
      cross join lateral (
        select e.email is not null as has_email from employees e
        where e.id = d.employee_id and e.archived_at is null offset 0) e
      where d.status = 'open' and d.muted_at is null and d.due_date < ${today}::date),
    overdue_rows as (
      insert into notifications (id, company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      select ${TIME_ORDERED_ID}, d.company_id, d.id, d.employee_id, r.recipient, 'overdue', ${today}::date, 'd:' || d.id || ':overdue:' || r.recipient || ':' || ${today}
      from overdue d cross join (values ('employee'), ('hr')) as r(recipient)
      where ${openDay} and d.owner = 'employee' and d.code not in ${RENEWALS} and (r.recipient = 'hr' or d.has_email)
      on conflict (company_id, dedupe_key) do nothing
      returning ${FRESH_COLUMNS}),
    escalation_rows as (
      insert into notifications (id, company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      select ${TIME_ORDERED_ID}, d.company_id, d.id, d.employee_id, 'owner', 'escalation', ${today}::date, 'd:' || d.id || ':escalation:owner:' || ${today}
      from overdue d join companies c on c.id = d.company_id
      where ${openDay} and d.owner = 'employee' and d.code not in ${RENEWALS} and d.due_date < ${today}::date - ${ESCALATE_AFTER}
      on conflict (company_id, dedupe_key) do nothing
      returning ${FRESH_COLUMNS}),
    expired_rows as (
      insert into notifications (id, company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      select ${TIME_ORDERED_ID}, d.company_id, d.id, d.employee_id, 'hr', 'expired', ${today}::date, 'd:' || d.id || ':expired:hr:' || ${today}
      from overdue d
      where d.code = 'period_of_stay_renewal'
      on conflict (company_id, dedupe_key) do nothing
      returning ${FRESH_COLUMNS}),
    fresh as (
      select * from overdue_rows union all select * from escalation_rows union all select * from expired_rows)`;
}

/** The digests written, as due rows: one per member and day, never superseded, their duty-less rows never closed. */
export async function unsafeWriteDigests(today: string): Promise<{ digest: number; rows: FreshDueRow[] }> {
  const { db } = systemConnection();
  const weekAhead = addDays(today, 7);
  // "Anything this week" as two probes per company, each an index range (duties_company_status_due_idx,
  // duties_renewal_window_idx): one test with an OR read every open duty of every company, 4.6 s a
  // morning at 1M employees (bench/sweep.ts). A renewal without a window date falls back to its due
  // date, which the first probe already covers.
  const active = sql.raw("d.status = 'open' and d.muted_at is null and e.archived_at is null");
  const rows = await db.execute<{ id: string; company_id: string; send_on: string; created: number }>(sql`
    insert into notifications (id, company_id, recipient_type, recipient_user_id, kind, send_on, dedupe_key)
    select ${TIME_ORDERED_ID}, m.company_id, 'hr', m.user_id, 'digest', ${today}::date, 'digest:' || m.user_id || ':' || ${today}
    from memberships m
    where m.role in ('owner', 'admin', 'hr') and not m.digest_opt_out
      and m.company_id in (
        select c.id from companies c
        where exists (
            select 1 from duties d join employees e on e.id = d.employee_id
            where d.company_id = c.id and ${active} and d.due_date <= ${weekAhead}::date)
          or exists (
            select 1 from duties d join employees e on e.id = d.employee_id
            where d.company_id = c.id and ${active} and d.code in ${RENEWALS} and d.details->>'windowOpensOn' <= ${today}))
    on conflict (company_id, dedupe_key) do nothing
    returning id, company_id, send_on::text, extract(epoch from created_at)::float8 as created`);
  return {
    digest: rows.length,
    rows: rows.map((r) => ({ id: r.id, companyId: r.company_id, sendOn: r.send_on, created: r.created })),
  };
}
