import { Queue } from "bullmq";
import type { DueRow } from "@/lib/services/pipeline/sweep/due-rows";
import { queuePrefix, workerRedis } from "./connection";
import { notificationJobId, QUEUES, type TSendNotificationPayload } from "./queues";

export const SEND_ATTEMPTS = 8;
/** 30 s, 1 min, 2 min … about an hour in all: an SMTP outage of that length loses nothing. */
export const SEND_BACKOFF_MS = 30_000;

const globalForQueues = globalThis as unknown as { zairyuNotificationQueue?: Queue };

export function notificationQueue(): Queue {
  globalForQueues.zairyuNotificationQueue ??= new Queue(QUEUES.notifications, {
    connection: workerRedis(),
    prefix: queuePrefix(),
  });
  return globalForQueues.zairyuNotificationQueue;
}

/** The sweep's enqueue: ids only, deterministic job ids, exponential backoff. */
export async function enqueueNotifications(
  rows: readonly DueRow[],
  opts: { backoffMs?: number; attempts?: number; queue?: Queue } = {},
): Promise<void> {
  const queue = opts.queue ?? notificationQueue();
  for (let i = 0; i < rows.length; i += 500) {
    await queue.addBulk(
      rows.slice(i, i + 500).map((r) => ({
        name: "send-notification",
        data: { notificationId: r.id, companyId: r.companyId } satisfies TSendNotificationPayload,
        opts: {
          jobId: notificationJobId(r.id),
          attempts: opts.attempts ?? SEND_ATTEMPTS,
          backoff: { type: "exponential", delay: opts.backoffMs ?? SEND_BACKOFF_MS },
          removeOnComplete: { age: 7 * 86_400 },
          removeOnFail: { age: 30 * 86_400 },
        },
      })),
    );
  }
}

export async function closeProducers(): Promise<void> {
  const queue = globalForQueues.zairyuNotificationQueue;
  globalForQueues.zairyuNotificationQueue = undefined;
  await queue?.close();
}
