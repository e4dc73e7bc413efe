import { sendNotification } from "@/lib/services/pipeline/send/send-notification";
import type { DueRow } from "@/lib/services/pipeline/sweep/due-rows";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { unsafeRefreshWorkStates } from "@/lib/services/pipeline/sweep/work-state";
import { readMailbox, recipients } from "./mailbox";

/** The worker's sweep and send, in process, with a clock the test controls (no Redis needed). */
export async function sweepAndSend(today: string, opts: { only?: (row: DueRow) => boolean } = {}) {
  const outcomes: string[] = [];
  const swept = await runNotificationSweep({
    today,
    enqueue: async (rows) => {
      for (const row of rows) {
        if (opts.only && !opts.only(row)) continue;
        outcomes.push(await sendNotification(row.companyId, row.id, { today, isLastAttempt: true }));
      }
    },
  });
  // Then the worker's next daily sweep (jobs/sweeps.ts): people whose basis for working has ended.
  const result: Record<string, number> = { ...swept, ...(await unsafeRefreshWorkStates(today)) };
  return { result, outcomes };
}

/** Emails the sink received for one address. */
export async function mailTo(address: string) {
  return (await readMailbox()).filter((m) => recipients(m).includes(address));
}
