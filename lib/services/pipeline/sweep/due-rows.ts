import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { CLAIMABLE } from "../send/attempt";

export type DueRow = { id: string; companyId: string };
type Out = {
  id: string | null;
  company_id: string | null;
  send_on: string | null;
  created: number | null;
  cancelled: number;
  superseded: number;
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
 */
export async function unsafeSelectDueRows(
  today: string,
  opts: { isRetryLeftToJob?: boolean } = {},
): Promise<{ due: DueRow[]; cancelled: number; superseded: number }> {
  const { db } = systemConnection();
  const isRetryLeftToJob = sql.raw(opts.isRetryLeftToJob === true ? "true" : "false");
  // rank 1 = the latest of its duty and recipient (send day, then key); digests (no duty) are one per
  // member and day, never superseded. Only rows still pending are set aside: a send may have claimed one.
  const rows = await db.execute<Out>(sql`
    with due as materialized (
      select id, company_id, duty_id, recipient_type, send_on, dedupe_key, attempts, last_error, created_at from notifications
      where status = 'pending' and send_on <= ${today}::date),
    checked as materialized (
      select n.id, n.company_id, n.duty_id, n.send_on, n.created_at, (n.attempts > 0 and n.last_error is not null) as is_retry,
        coalesce(not d.is_live, false) as is_closed,
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
    select id, company_id, send_on::text, extract(epoch from created_at)::float8 as created, 0 as cancelled, 0 as superseded
    from checked where not is_closed and (duty_id is null or rank = 1) and not (${isRetryLeftToJob} and is_retry)
    union all
    select id, company_id, send_on::text, extract(epoch from created_at)::float8, 0, 0 from abandoned
    union all
    select null, null, null, null, (select count(*) from cancelled)::int, (select count(*) from superseded)::int`);
  const due: (DueRow & { sendOn: string; created: number })[] = [];
  let cancelled = 0;
  let superseded = 0;
  for (const r of rows) {
    if (r.id === null || r.company_id === null || r.send_on === null || r.created === null) {
      cancelled = r.cancelled;
      superseded = r.superseded;
    } else due.push({ id: r.id, companyId: r.company_id, sendOn: r.send_on, created: r.created });
  }
  due.sort((a, b) => a.sendOn.localeCompare(b.sendOn) || a.created - b.created);
  return { due: due.map((r) => ({ id: r.id, companyId: r.companyId })), cancelled, superseded };
}
