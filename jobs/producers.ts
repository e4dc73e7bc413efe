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
  const chunks: (readonly DueRow[])[] = [];
  for (let i = 0; i < rows.length; i += 500) chunks.push(rows.slice(i, i + 500));
  // A few batches in flight at once, so Redis works while the next batch travels: a 1M-employee morning
  // enqueues ~60,000 jobs (bench/sweep.ts). Order across batches does not matter; job ids dedupe.
  const lane = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await addChunk(chunk);
  };
  await Promise.all([lane(), lane(), lane(), lane()]);

  async function addChunk(chunk: readonly DueRow[]) {
    await queue.addBulk(
      chunk.map((r) => ({
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
