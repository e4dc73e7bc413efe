import type { Queue } from "bullmq";

/** The morning sweep: 06:00 every day, Japan time, whatever the server's zone. */
export const DAILY_SWEEP = { id: "daily-sweep", pattern: "0 6 * * *", tz: "Asia/Tokyo" } as const;

/**
 * Every minute: send outbox rows whose day has come (e.g. "a new duty" recorded at 10:00 goes out
 * within a minute, not at tomorrow's sweep). Recording never touches Redis; this poll picks it up.
 */
export const OUTBOX_POLL = { id: "outbox-poll", every: 60_000 } as const;

/**
 * The sweep is idempotent, so a failed run (PostgreSQL restarting under it) is simply run again:
 * 10 s, 20 s, 40 s … about five minutes in all. Without this, a sweep cut short waited for tomorrow.
 */
export const SWEEP_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: "exponential", delay: 10_000 },
  removeOnComplete: 100,
  removeOnFail: 100,
} as const;

/** Idempotent: the worker calls it at start and again whenever Redis comes back (possibly empty). */
export async function registerSchedulers(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(
    OUTBOX_POLL.id,
    { every: OUTBOX_POLL.every },
    { name: "outbox-poll", data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
  );
  await queue.upsertJobScheduler(
    DAILY_SWEEP.id,
    { pattern: DAILY_SWEEP.pattern, tz: DAILY_SWEEP.tz },
    { name: "daily-sweep", data: { reason: "schedule" }, opts: SWEEP_JOB_OPTIONS },
  );
  await queue.upsertJobScheduler(
    "dispatch-webhooks",
    { every: 10_000 },
    { name: "dispatch-webhooks", data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
  );
}
