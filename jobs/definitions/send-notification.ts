import { sendNotification } from "@/lib/services/pipeline/send/send-notification";
import { SEND_ATTEMPTS } from "../producers";
import { QUEUES, ZSendNotificationPayload } from "../queues";
import { defineJob } from "./types";

export class NotificationBusyError extends Error {}

/**
 * Claim → render → send → record (lib/services/pipeline/send). A thrown error is retried with the
 * exponential backoff set at enqueue; the handler itself marks the row failed on the last attempt.
 */
export const sendNotificationJob = defineJob({
  queue: QUEUES.notifications,
  name: "send-notification",
  schema: ZSendNotificationPayload,
  concurrency: 5,
  attempts: SEND_ATTEMPTS,
  handler: async (payload, job) => {
    const attempts = job.opts.attempts ?? SEND_ATTEMPTS;
    const outcome = await sendNotification(payload.companyId, payload.notificationId, {
      isLastAttempt: job.attemptsMade + 1 >= attempts,
    });
    // Another attempt holds a fresh claim (e.g. a stalled job re-run): retry later, after its timeout.
    if (outcome === "busy")
      throw new NotificationBusyError(
        `notification ${payload.notificationId} is being sent by another attempt`,
      );
    return outcome;
  },
});
