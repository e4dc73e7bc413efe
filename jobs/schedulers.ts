import type { Queue } from "bullmq";

/** The morning sweep: 06:00 every day, Japan time, whatever the server's zone. */
export const DAILY_SWEEP = { id: "daily-sweep", pattern: "0 6 * * *", tz: "Asia/Tokyo" } as const;

export async function registerSchedulers(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(DAILY_SWEEP.id, { pattern: DAILY_SWEEP.pattern, tz: DAILY_SWEEP.tz }, { name: "daily-sweep", data: { reason: "schedule" } });
  await queue.upsertJobScheduler("dispatch-webhooks", { every: 10_000 }, { name: "dispatch-webhooks", data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } });
}
