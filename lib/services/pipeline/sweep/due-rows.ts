import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { CLAIMABLE } from "../send/attempt";

export type DueRow = { id: string; companyId: string };

/**
 * Housekeeping, then the rows whose time has come (set-based, across companies):
 * 1. due reminders of duties no longer open, or muted, are cancelled;
 * 2. when several reminders of one duty to one recipient are due at once (the worker was down), only
 *    the latest is sent: the email speaks for the duty's state today, and one message beats three;
 * 3. due = pending with send_on <= today, plus rows left in 'sending' by an attempt that is gone.
 */
export async function unsafeSelectDueRows(
  today: string,
): Promise<{ due: DueRow[]; cancelled: number; superseded: number }> {
  const { db } = systemConnection();
  // Only rows due now: every path that closes, cancels or mutes a duty cancels its pending reminders in
  // its own transaction, so this is a safety net before sending — over the outbox's ~10 pending rows per
  // employee it was a join of every pending row with every duty each morning (bench/sweep.ts).
  const cancelled = await db.execute(sql`
    update notifications n set status = 'cancelled', last_error = 'duty no longer open or muted'
    from duties d
    where n.status = 'pending' and n.send_on <= ${today}::date and d.company_id = n.company_id and d.id = n.duty_id
      and (d.status <> 'open' or d.muted_at is not null)`);
  const superseded = await db.execute(sql`
    update notifications n set status = 'cancelled', last_error = 'superseded by a later reminder'
    where n.status = 'pending' and n.send_on <= ${today}::date and n.duty_id is not null
      and exists (
        select 1 from notifications m
        where m.company_id = n.company_id and m.duty_id = n.duty_id and m.recipient_type = n.recipient_type
          and m.status = 'pending' and m.send_on <= ${today}::date and (m.send_on, m.dedupe_key) > (n.send_on, n.dedupe_key))`);
  // Rows stuck in 'sending' whose attempt is gone (./send/attempt.ts); SKIP LOCKED leaves live attempts alone.
  const rows = await db.execute<{ id: string; company_id: string }>(sql`
    with abandoned as (
      select id, company_id, send_on, created_at from notifications
      where status = 'sending' and send_on <= ${today}::date and ${CLAIMABLE}
      for update skip locked)
    select id, company_id from (
      select id, company_id, send_on, created_at from notifications where status = 'pending' and send_on <= ${today}::date
      union all select * from abandoned) due
    order by send_on, created_at`);
  return {
    due: rows.map((r) => ({ id: r.id, companyId: r.company_id })),
    cancelled: cancelled.count ?? 0,
    superseded: superseded.count ?? 0,
  };
}
