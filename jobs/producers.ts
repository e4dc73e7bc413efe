import { Queue } from "bullmq";
import { getEnv } from "@/lib/env";
import type { DueRow } from "@/lib/services/pipeline/sweep/due-rows";
import { queuePrefix, workerRedis } from "./connection";
import {
  NOTIFICATION_BATCH_MAX,
  notificationBatchJobId,
  QUEUES,
  type TSendNotificationsPayload,
} from "./queues";

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

/**
 * The sweep's enqueue: one job per batch of one company's reminders (NOTIFICATION_BATCH_SIZE, 50 by
 * default), ids only, deterministic job ids, exponential backoff. Batches are made the same way from the
 * same rows (by company, ids sorted), so a second sweep over an unchanged outbox adds nothing. A 1M-employee
 * morning is ~65,000 reminders in ~10,000 companies: about 11,000 jobs instead of 65,000 (bench/sweep.ts;
 * BullMQ costs one script call per job, ~1.5 s for 65,000).
 */
export async function enqueueNotifications(
  rows: readonly DueRow[],
  opts: { backoffMs?: number; attempts?: number; queue?: Queue; batchSize?: number } = {},
): Promise<void> {
  const queue = opts.queue ?? notificationQueue();
  const batches = batchesOf(
    rows,
    Math.min(opts.batchSize ?? getEnv().NOTIFICATION_BATCH_SIZE, NOTIFICATION_BATCH_MAX),
  );
  const chunks: (readonly (readonly DueRow[])[])[] = [];
  for (let i = 0; i < batches.length; i += 500) chunks.push(batches.slice(i, i + 500));
  // A few addBulk calls in flight at once, so Redis works while the next travels. Order across them does
  // not matter; job ids dedupe.
  const lane = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await addChunk(chunk);
  };
  await Promise.all([lane(), lane(), lane(), lane()]);

  async function addChunk(chunk: readonly (readonly DueRow[])[]) {
    await queue.addBulk(
      chunk.map((batch) => {
        const notificationIds = batch.map((r) => r.id);
        return {
          name: "send-notifications",
          data: {
            companyId: batch[0]?.companyId ?? "",
            notificationIds,
          } satisfies TSendNotificationsPayload,
          opts: {
            jobId: notificationBatchJobId(notificationIds),
            attempts: opts.attempts ?? SEND_ATTEMPTS,
            backoff: { type: "exponential", delay: opts.backoffMs ?? SEND_BACKOFF_MS },
            removeOnComplete: { age: 7 * 86_400 },
            removeOnFail: { age: 30 * 86_400 },
          },
        };
      }),
    );
  }
}

/**
 * One company's rows per batch, at most `size`, ids sorted: the same rows always make the same batches.
 * Companies keep the order in which the sweep found their first row (oldest due first).
 */
export function batchesOf(rows: readonly DueRow[], size: number): DueRow[][] {
  const byCompany = new Map<string, DueRow[]>();
  for (const row of rows) {
    const list = byCompany.get(row.companyId);
    if (list) list.push(row);
    else byCompany.set(row.companyId, [row]);
  }
  const batches: DueRow[][] = [];
  for (const list of byCompany.values()) {
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i < list.length; i += size) batches.push(list.slice(i, i + size));
  }
  return batches;
}

export async function closeProducers(): Promise<void> {
  const queue = globalForQueues.zairyuNotificationQueue;
  globalForQueues.zairyuNotificationQueue = undefined;
  await queue?.close();
}
