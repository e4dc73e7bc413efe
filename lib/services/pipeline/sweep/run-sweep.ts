import { dutyAlertCtes, unsafeWriteDigests } from "./daily-rows";
import { type DueRow, sortDue, unsafeSelectDueRows } from "./due-rows";
import { unsafeEmitDutyWebhooks } from "./webhook-rows";

export type Enqueue = (rows: readonly DueRow[]) => Promise<void>;

/**
 * The notification sweep (06:00 Asia/Tokyo and at worker start). All state is in PostgreSQL, so a
 * missed run is caught up by the next one and a second run the same day adds and sends nothing new:
 * rows are keyed by date, jobs by row id, and each send claims its row before sending.
 * `today` is a parameter so tests can move the clock; the worker passes today in Japan.
 * Re-evaluating people whose work basis ended (./work-state.ts) is a sweep of its own, run after this
 * one (jobs/sweeps.ts): at 1M employees it syncs ~1,500 people in ~1,000 companies each morning, and the
 * day's reminders should not wait for it; what it adds that is due today, the outbox poll sends.
 */
export async function runNotificationSweep(opts: {
  today: string;
  enqueue: Enqueue;
}): Promise<Record<string, number>> {
  // Three connections at once (./daily-rows.ts): the duty alerts written and the due rows selected in
  // one statement; the digests (~30,000 at 1M employees, as long to write as the rest) beside it; the
  // duty webhooks (another table) beside both. The digests come back from their insert as due rows; if
  // the due statement's snapshot already saw them committed they come twice, and are counted once.
  const [selected, digests, hooks] = await Promise.all([
    unsafeSelectDueRows(opts.today, { fresh: dutyAlertCtes(opts.today) }),
    unsafeWriteDigests(opts.today),
    unsafeEmitDutyWebhooks(opts.today),
  ]);
  const byId = new Map([...selected.due, ...digests.rows].map((r) => [r.id, r]));
  const due = sortDue([...byId.values()]).map((r) => ({ id: r.id, companyId: r.companyId }));
  if (due.length > 0) await opts.enqueue(due);
  return {
    ...selected.written,
    digest: digests.digest,
    ...hooks,
    cancelled: selected.cancelled,
    superseded: selected.superseded,
    enqueued: due.length,
  };
}
