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

/** One outbox row to send: the row and its company, nothing else (the email is rendered at send time). */
export const ZSendNotificationPayload = z.strictObject({ notificationId: z.uuid(), companyId: z.uuid() });
export type TSendNotificationPayload = z.infer<typeof ZSendNotificationPayload>;

/**
 * Deterministic: enqueuing the same row twice (two sweeps, a sweep and a catch-up) is a no-op while
 * the job is kept. BullMQ refuses ':' in custom ids, hence '-'. The row claim is the real guarantee.
 */
export const notificationJobId = (notificationId: string) => `notification-${notificationId}`;

/** The minute-by-minute outbox poll carries nothing: the state is the outbox. */
export const ZOutboxPollPayload = z.strictObject({});
