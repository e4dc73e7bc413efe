import { batchesOf } from "@/jobs/producers";
import { closeMailer } from "@/lib/email/mailer";
import { sendNotifications } from "@/lib/services/pipeline/send/send-notifications";
import type { DueRow } from "@/lib/services/pipeline/sweep/due-rows";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { unsafeRefreshWorkStates } from "@/lib/services/pipeline/sweep/work-state";
import { makeCompany } from "../factories/company";
import { readMailbox, recipients } from "./mailbox";
import { notificationWorker } from "./queue";
import { startTestSmtp } from "./smtp";

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

/**
 * A test file's own SMTP server, company and real BullMQ notification worker (tests that send through
 * the job definition). SMTP_URL is set before lib/env first reads it; `stop` puts it back.
 */
export async function startSendHarness(companyName: string, smtpOpts: { isRefusing?: boolean } = {}) {
  const originalSmtp = process.env.SMTP_URL;
  const smtp = await startTestSmtp(smtpOpts);
  process.env.SMTP_URL = smtp.url;
  const company = await makeCompany(companyName);
  const runner = notificationWorker(process.env.REDIS_URL ?? "");
  return {
    smtp,
    company,
    runner,
    stop: async () => {
      await runner.close();
      closeMailer();
      await smtp.stop();
      process.env.SMTP_URL = originalSmtp;
    },
  };
}
