import crypto from "node:crypto";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { sendNotificationsJob } from "@/jobs/definitions/send-notifications";
import { ZSendNotificationsPayload } from "@/jobs/queues";

/**
 * The worker's notification queue and a BullMQ worker running the real job definition, in process, on
 * a prefix of their own (so nothing else in the run sees these jobs).
 */
export function notificationWorker(redisUrl: string) {
  const prefix = `{test-${crypto.randomUUID().slice(0, 8)}}`;
  const connection = () => new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue("notifications", { connection: connection(), prefix });
  const worker = new Worker(
    "notifications",
    async (job) => sendNotificationsJob.handler(ZSendNotificationsPayload.parse(job.data), job),
    { connection: connection(), prefix, concurrency: 5 },
  );
  worker.on("error", () => {});
  return {
    queue,
    worker,
    close: async () => {
      await worker.close();
      await queue.close();
    },
  };
}

export async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition not met in time");
}
