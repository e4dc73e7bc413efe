import { sendNotifications } from "@/lib/services/pipeline/send/send-notifications";
import { SEND_ATTEMPTS } from "../producers";
import { QUEUES, ZSendNotificationsPayload } from "../queues";
import { defineJob } from "./types";

/**
 * Claim → render → send → record for a batch of one company's reminders (lib/services/pipeline/send).
 * Any row not delivered (refused, timed out, held by another attempt) makes the job throw, so it is
 * retried with the exponential backoff set at enqueue; the retry claims only those rows, never the
 * batch-mates already sent. A row whose send fails on its last attempt is marked failed (HR sees it).
 * Eight batches at once, so a morning of small batches (a few reminders per company) still keeps the
 * process's five send slots busy (lib/services/pipeline/send/send-slots.ts); each batch holds one app
 * connection (of ten) while it sends.
 */
export const sendNotificationsJob = defineJob({
  queue: QUEUES.notifications,
  name: "send-notifications",
  schema: ZSendNotificationsPayload,
  concurrency: 8,
  attempts: SEND_ATTEMPTS,
  handler: async (payload, job) => {
    const maxAttempts = job.opts.attempts ?? SEND_ATTEMPTS;
    const outcome = await sendNotifications(payload.companyId, payload.notificationIds, {
      maxAttempts,
      isLastAttempt: job.attemptsMade + 1 >= maxAttempts,
    });
    const [failed] = outcome.failed;
    if (failed || outcome.busy.length > 0)
      throw new Error(
        `${outcome.failed.length + outcome.busy.length} of ${payload.notificationIds.length} notifications not sent` +
          ` (${outcome.busy.length} being sent by another attempt); ${outcome.sent.length} sent` +
          (failed ? `; first error: ${failed.error}` : "") +
          `; will retry`,
      );
    return { sent: outcome.sent.length, skipped: outcome.skipped.length };
  },
});
