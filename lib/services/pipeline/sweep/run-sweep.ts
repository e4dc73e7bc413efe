import { unsafeGenerateDailyRows } from "./daily-rows";
import { type DueRow, unsafeSelectDueRows } from "./due-rows";
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
  // The webhooks write another table from the same duties: on connections of their own, beside the rows.
  const [generated, hooks] = await Promise.all([
    unsafeGenerateDailyRows(opts.today),
    unsafeEmitDutyWebhooks(opts.today),
  ]);
  const { due, cancelled, superseded } = await unsafeSelectDueRows(opts.today);
  if (due.length > 0) await opts.enqueue(due);
  return { ...generated, ...hooks, cancelled, superseded, enqueued: due.length };
}
