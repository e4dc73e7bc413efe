import { type SQL, sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { CLAIMABLE } from "../send/attempt";
import { uuidArray } from "../sql-helpers";

export type DueRow = { id: string; companyId: string };
/** A due row with what orders it: oldest send day first, then oldest written. */
export type FreshDueRow = DueRow & { sendOn: string; created: number };
type Out = {
  tag: "due" | "fresh-superseded" | "counts";
  id: string | null;
  company_id: string | null;
  send_on: string | null;
  created: number | null;
  cancelled: number;
  superseded: number;
  overdue: number;
  escalation: number;
  expired: number;
};

/**
 * Housekeeping, then the rows whose time has come (set-based, across companies):
 * 1. due reminders of duties no longer open, or muted, are cancelled (every path that closes, cancels or
 *    mutes a duty cancels its reminders itself; this is the safety net before sending);
 * 2. when several reminders of one duty to one recipient are due at once (the worker was down), only
 *    the latest is sent: the email speaks for the duty's state today, and one message beats three;
 * 3. due = pending with send_on <= today, plus rows left in 'sending' by an attempt that is gone.
 *    With `isRetryLeftToJob` (the minute poll), pending rows an attempt already failed (attempts > 0 and an
 *    error kept; a row restored after a cancel has its error cleared) are left out: their
 *    send job retries them with its backoff, and a batch made anew each minute would retry them at once
 *    and never let them reach their last attempt. The daily sweeps (start, reconnect, 06:00) include them,
 *    in case Redis lost that job.
 * One statement, one round trip: the pending rows from their partial index (materialised, or the planner,
 * expecting millions of rows, reads the whole outbox in (company, duty) order to save itself a sort), each
 * row's duty looked up by key (OFFSET 0 keeps the lookup a lookup: joined, the planner cannot see how few
 * of the outbox's rows are due, ~65,000 of 15 million at 1M employees, and hashes every duty), then the
 * rows set aside written by id. bench/sweep.ts; EXPLAIN in bench/RESULTS.md.
 * `fresh`: CTEs that write rows and define `fresh` from their RETURNING (./daily-rows.ts dutyAlertCtes).
 * They share the statement's snapshot, so the pending rows read do not include them: each row once.
 */
export async function unsafeSelectDueRows(
  today: string,
  opts: { isRetryLeftToJob?: boolean; fresh?: SQL } = {},
): Promise<{ due: FreshDueRow[]; cancelled: number; superseded: number; written: Record<string, number> }> {
  const { db } = systemConnection();
  const isRetryLeftToJob = sql.raw(opts.isRetryLeftToJob === true ? "true" : "false");
  const fresh = opts.fresh;
  const freshCount = (kind: string) =>
    fresh ? sql`(select count(*) from fresh where kind = ${kind})::int` : sql`0`;
  // rank 1 = the latest of its duty and recipient (send day, then key); digests (no duty) are one per
  // member and day, never superseded. Only rows still pending are set aside: a send may have claimed one.
  // A row this statement wrote is invisible to its own updates, so one outranked is returned and set aside
  // after (today's keys outrank earlier ones of the same day, so none is expected); none is closed, since
  // its duty was read open and unmuted in the same snapshot.
  const rows = await db.execute<Out>(sql`
    with ${fresh ? sql`${fresh},` : sql``}
    due as materialized (
      select id, company_id, duty_id, recipient_type, send_on, dedupe_key, attempts, last_error, created_at, false as is_fresh
      from notifications
      where status = 'pending' and send_on <= ${today}::date
      ${fresh ? sql`union all select id, company_id, duty_id, recipient_type, send_on, dedupe_key, attempts, last_error, created_at, true from fresh` : sql``}),
    checked as materialized (
      select n.id, n.company_id, n.duty_id, n.send_on, n.created_at, n.is_fresh,
        (n.attempts > 0 and n.last_error is not null) as is_retry, coalesce(not d.is_live, false) as is_closed,
        row_number() over (partition by n.company_id, n.duty_id, n.recipient_type order by n.send_on desc, n.dedupe_key desc) as rank
      from due n left join lateral (
        select d.status = 'open' and d.muted_at is null as is_live from duties d where d.id = n.duty_id offset 0) d on true),
    cancelled as (
      update notifications set status = 'cancelled', last_error = 'duty no longer open or muted'
      where id = any(array(select id from checked where is_closed)) and status = 'pending'
      returning 1),
    superseded as (
      update notifications set status = 'cancelled', last_error = 'superseded by a later reminder'
      where id = any(array(select id from checked where not is_closed and duty_id is not null and rank > 1)) and status = 'pending'
      returning 1),
    -- Rows stuck in 'sending' whose attempt is gone (./send/attempt.ts); SKIP LOCKED leaves live attempts alone.
    abandoned as (
      select id, company_id, send_on, created_at from notifications
      where status = 'sending' and send_on <= ${today}::date and ${CLAIMABLE}
      for update skip locked)
    select 'due' as tag, id, company_id, send_on::text, extract(epoch from created_at)::float8 as created,
      0 as cancelled, 0 as superseded, 0 as overdue, 0 as escalation, 0 as expired
    from checked where not is_closed and (duty_id is null or rank = 1) and not (${isRetryLeftToJob} and is_retry)
    union all
    select 'due', id, company_id, send_on::text, extract(epoch from created_at)::float8, 0, 0, 0, 0, 0 from abandoned
    union all
    select 'fresh-superseded', id, company_id, null, null, 0, 0, 0, 0, 0
    from checked where is_fresh and not is_closed and duty_id is not null and rank > 1
    union all
    select 'counts', null, null, null, null, (select count(*) from cancelled)::int, (select count(*) from superseded)::int,
      ${freshCount("overdue")}, ${freshCount("escalation")}, ${freshCount("expired")}`);
  const due: FreshDueRow[] = [];
  const outranked: string[] = [];
  let counts: Out | undefined;
  for (const r of rows) {
    if (r.tag === "counts") counts = r;
    else if (r.id === null || r.company_id === null) continue;
    else if (r.tag === "fresh-superseded") outranked.push(r.id);
    else due.push({ id: r.id, companyId: r.company_id, sendOn: r.send_on ?? "", created: r.created ?? 0 });
  }
  let superseded = counts?.superseded ?? 0;
  if (outranked.length > 0) {
    const result = await db.execute(sql`
      update notifications set status = 'cancelled', last_error = 'superseded by a later reminder'
      where id = any(${uuidArray(outranked)}) and status = 'pending'`);
    superseded += result.count ?? 0;
  }
  return {
    due: sortDue(due),
    cancelled: counts?.cancelled ?? 0,
    superseded,
    written: {
      overdue: counts?.overdue ?? 0,
      escalation: counts?.escalation ?? 0,
      expired: counts?.expired ?? 0,
    },
  };
}

/** Oldest send day first, then oldest written (a company's batches go in the order of its first row). */
export function sortDue(rows: FreshDueRow[]): FreshDueRow[] {
  return rows.sort((a, b) => a.sendOn.localeCompare(b.sendOn) || a.created - b.created);
}
