import { todayInJapan } from "@/lib/i18n/format";
import { unsafeSelectDueRows } from "@/lib/services/pipeline/sweep/due-rows";
import { enqueueNotifications } from "../producers";
import { QUEUES, ZOutboxPollPayload } from "../queues";
import { defineJob } from "./types";

/**
 * Between daily sweeps, rows already due (a duty recorded during the day) are enqueued within a
 * minute. Same selection and deterministic job ids as the sweep, and each send claims its row, so the
 * two never double a send. Rows whose send failed are left to their job's retry (see unsafeSelectDueRows).
 */
export const outboxPoll = defineJob({
  queue: QUEUES.maintenance,
  name: "outbox-poll",
  schema: ZOutboxPollPayload,
  concurrency: 1,
  handler: async () => {
    const { due } = await unsafeSelectDueRows(todayInJapan(), { isRetryLeftToJob: true });
    if (due.length > 0) await enqueueNotifications(due);
    return { enqueued: due.length };
  },
});
