import { Queue, UnrecoverableError } from "bullmq";
import { z } from "zod";
import { deliverWebhook, MAX_DELIVERY_ATTEMPTS } from "@/lib/services/webhooks/deliver";
import { type DeliveryRef, unsafeFindDeliveriesToSend } from "@/lib/services/webhooks/dispatch";
import { queuePrefix, workerRedis } from "../connection";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

export const WEBHOOK_QUEUE = "webhooks";
/** 20 s, 40 s, 80 s … about 40 minutes over 8 attempts: a receiver's short outage loses nothing. */
export const WEBHOOK_BACKOFF_MS = 20_000;
/** How often the worker looks for deliveries to send (webhooks should arrive in seconds, not tomorrow). */
export const WEBHOOK_DISPATCH_EVERY_MS = 10_000;

const ZDeliverWebhookPayload = z.strictObject({ deliveryId: z.uuid(), companyId: z.uuid() });
/** BullMQ refuses ':' in custom ids. One job per delivery row while it is queued or waiting to retry. */
export const webhookJobId = (deliveryId: string) => `webhook-${deliveryId}`;

/** Sign, send, record. A failed attempt throws so BullMQ retries with backoff; the row decides when to stop. */
export const deliverWebhookJob = defineJob({
  queue: WEBHOOK_QUEUE,
  name: "deliver-webhook",
  schema: ZDeliverWebhookPayload,
  concurrency: 5,
  attempts: MAX_DELIVERY_ATTEMPTS,
  handler: async ({ deliveryId, companyId }) => {
    const outcome = await deliverWebhook(companyId, deliveryId);
    if (outcome === "retry") throw new Error(`webhook delivery ${deliveryId}: not accepted, will retry`);
    if (outcome === "failed")
      throw new UnrecoverableError(`webhook delivery ${deliveryId}: failed after its last attempt`);
    return outcome;
  },
});

/** Every few seconds (jobs/schedulers.ts) and in the daily sweep: enqueue what is ready to send. */
export const dispatchWebhooksJob = defineJob({
  queue: QUEUES.maintenance,
  name: "dispatch-webhooks",
  schema: z.strictObject({}),
  handler: async () => dispatchWebhooks(),
});

export async function dispatchWebhooks(
  opts: { queue?: Queue; backoffMs?: number } = {},
): Promise<Record<string, number>> {
  const rows = await unsafeFindDeliveriesToSend();
  await enqueueWebhookDeliveries(rows, opts);
  return { webhooksQueued: rows.length };
}

const globalForQueue = globalThis as unknown as { zairyuWebhookQueue?: Queue };

export function webhookQueue(): Queue {
  globalForQueue.zairyuWebhookQueue ??= new Queue(WEBHOOK_QUEUE, {
    connection: workerRedis(),
    prefix: queuePrefix(),
  });
  return globalForQueue.zairyuWebhookQueue;
}

/**
 * Ids only in Redis. Finished jobs are removed at once: the deliveries log lives in PostgreSQL, and a
 * re-send must be able to reuse the delivery's job id.
 */
export async function enqueueWebhookDeliveries(
  rows: readonly DeliveryRef[],
  opts: { queue?: Queue; backoffMs?: number } = {},
): Promise<void> {
  const queue = opts.queue ?? webhookQueue();
  for (let i = 0; i < rows.length; i += 500) {
    await queue.addBulk(
      rows.slice(i, i + 500).map((r) => ({
        name: "deliver-webhook",
        data: { deliveryId: r.id, companyId: r.companyId },
        opts: {
          jobId: webhookJobId(r.id),
          attempts: MAX_DELIVERY_ATTEMPTS,
          backoff: { type: "exponential", delay: opts.backoffMs ?? WEBHOOK_BACKOFF_MS },
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }
}
