import crypto from "node:crypto";
import { z } from "zod";

/**
 * Queue names and payload schemas. Payloads carry ids only — never names, card numbers or emails —
 * because Redis is not where personal data lives.
 */
export const QUEUES = { maintenance: "maintenance", notifications: "notifications" } as const;

export const ZDailySweepPayload = z.strictObject({
  reason: z.enum(["schedule", "startup", "reconnect", "manual"]),
});
export type TDailySweepPayload = z.infer<typeof ZDailySweepPayload>;

/** The most reminders one send job carries (jobs/producers.ts batches by company up to this). */
export const NOTIFICATION_BATCH_MAX = 200;

/**
 * Outbox rows of one company to send as one batch: the rows and their company, nothing else (the
 * emails are rendered at send time).
 */
export const ZSendNotificationsPayload = z.strictObject({
  companyId: z.uuid(),
  notificationIds: z.array(z.uuid()).min(1).max(NOTIFICATION_BATCH_MAX),
});
export type TSendNotificationsPayload = z.infer<typeof ZSendNotificationsPayload>;

/**
 * Deterministic: the hash of the batch's sorted row ids, so enqueuing the same batch twice (two sweeps,
 * a sweep and a catch-up) is a no-op while the job is kept. A batch made differently (a row added in
 * between) is another job; its rows already sent or being sent are passed over by the row claim, which
 * is the real guarantee. BullMQ refuses ':' in custom ids, hence '-'.
 */
export const notificationBatchJobId = (notificationIds: readonly string[]) =>
  `notifications-${crypto
    .createHash("sha256")
    .update([...notificationIds].sort().join(","))
    .digest("hex")
    .slice(0, 32)}`;

/** The minute-by-minute outbox poll carries nothing: the state is the outbox. */
export const ZOutboxPollPayload = z.strictObject({});
