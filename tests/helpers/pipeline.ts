import { batchesOf } from "@/jobs/producers";
import { sendNotifications } from "@/lib/services/pipeline/send/send-notifications";
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
      // The worker's batches (one company's rows each), each sent as its job would, on its last attempt.
      for (const batch of batchesOf(
        rows.filter((row) => !opts.only || opts.only(row)),
        50,
      )) {
        const ids = batch.map((r) => r.id);
        const done = await sendNotifications(batch[0]?.companyId ?? "", ids, {
          today,
          maxAttempts: 1,
          isLastAttempt: true,
        });
        const failed = new Map(done.failed.map((f) => [f.id, f.error]));
        if (failed.size > 0) throw new Error(`send failed: ${[...failed.values()].join("; ")}`);
        for (const id of ids)
          outcomes.push(done.sent.includes(id) ? "sent" : done.busy.includes(id) ? "busy" : "skipped");
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
