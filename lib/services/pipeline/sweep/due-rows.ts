import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { CLAIMABLE } from "../send/attempt";
import { uuidArray } from "../sql-helpers";

export type DueRow = { id: string; companyId: string };
type Candidate = {
  id: string;
  company_id: string;
  duty_id: string | null;
  send_on: string;
  is_retry: boolean;
  created: number;
  rank: number;
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
 * Read first, then written by id: joined with duties in one statement, the planner cannot see how few
 * of the outbox's rows are due (~30,000 of 15 million at 1M employees) and hashed every duty instead —
 * 7 s and 1.5 s each morning (bench/sweep.ts; EXPLAIN in bench/RESULTS.md).
 */
export async function unsafeSelectDueRows(
  today: string,
  opts: { isRetryLeftToJob?: boolean } = {},
): Promise<{ due: DueRow[]; cancelled: number; superseded: number }> {
  const { db } = systemConnection();
  // The partial index on pending rows, then ranked: rank 1 = the latest of its duty and recipient (send day,
  // then key). Materialised first, or the planner, expecting millions of rows, reads the whole outbox in
  // (company, duty) order to save itself a sort (8 s instead of 0.4 s).
  const pending = await db.execute<Candidate>(sql`
    with due as materialized (
      select id, company_id, duty_id, recipient_type, send_on, dedupe_key, attempts, last_error, created_at from notifications
      where status = 'pending' and send_on <= ${today}::date)
    select id, company_id, duty_id, send_on::text, (attempts > 0 and last_error is not null) as is_retry, extract(epoch from created_at)::float8 as created,
      row_number() over (partition by company_id, duty_id, recipient_type order by send_on desc, dedupe_key desc)::int as rank
    from due`);
  const dutyIds = [...new Set(pending.flatMap((r) => (r.duty_id ? [r.duty_id] : [])))];
  const closed = new Set(
    dutyIds.length === 0
      ? []
      : (
          await db.execute<{ id: string }>(sql`
            select id from duties where id = any(${uuidArray(dutyIds)}) and (status <> 'open' or muted_at is not null)`)
        ).map((r) => r.id),
  );
  const isClosed = (r: Candidate) => r.duty_id !== null && closed.has(r.duty_id);
  // Digests (no duty) are one per member and day: never superseded.
  const isSuperseded = (r: Candidate) => r.duty_id !== null && r.rank > 1;
  const cancelled = await setAside(pending.filter(isClosed), "duty no longer open or muted");
  const superseded = await setAside(
    pending.filter((r) => !isClosed(r) && isSuperseded(r)),
    "superseded by a later reminder",
  );
  // Rows stuck in 'sending' whose attempt is gone (./send/attempt.ts); SKIP LOCKED leaves live attempts alone.
  const abandoned = await db.execute<Candidate>(sql`
    select id, company_id, duty_id, send_on::text, false as is_retry, extract(epoch from created_at)::float8 as created, 1 as rank from notifications
    where status = 'sending' and send_on <= ${today}::date and ${CLAIMABLE}
    for update skip locked`);
  const isRetry = (r: Candidate) => opts.isRetryLeftToJob === true && r.is_retry;
  const due = [...pending.filter((r) => !isClosed(r) && !isSuperseded(r) && !isRetry(r)), ...abandoned].sort(
    (a, b) => a.send_on.localeCompare(b.send_on) || a.created - b.created,
  );
  return { due: due.map((r) => ({ id: r.id, companyId: r.company_id })), cancelled, superseded };

  async function setAside(rows: Candidate[], reason: string): Promise<number> {
    if (rows.length === 0) return 0;
    // Only rows still pending: a send may have claimed one since it was read.
    const result = await db.execute(sql`
      update notifications set status = 'cancelled', last_error = ${reason}
      where id = any(${uuidArray(rows.map((r) => r.id))}) and status = 'pending'`);
    return result.count ?? 0;
  }
}
