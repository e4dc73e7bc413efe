import { and, eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { sendEmail } from "@/lib/email/mailer";
import { todayInJapan } from "@/lib/i18n/format";
import { type Attempt, markFailed, markSent, messageIdFor, persistently } from "./attempt";
import { claimNotification, notificationStatus } from "./load-notification";
import { renderNotification } from "./render-notification";

export type SendOutcome = "sent" | "skipped" | "busy";
export type SendOptions = { today?: string; isLastAttempt: boolean };

/** SMTP errors often echo the address; what we keep and show must not. */
export function redact(message: string): string {
  return message.replace(/[^\s<>"']+@[^\s<>"']+/g, "<address>").slice(0, 500);
}

/**
 * One notification row → one email:
 * 1. claim (pending → sending) and render in one tenant transaction (the link's token is written there);
 * 2. in a second transaction: write "sent" ahead (which locks the row: later attempts see this one is
 *    alive, see ./attempt.ts), send (awaited, pooled transport), commit — or, if the send failed, put
 *    the row back to pending (failed after the last attempt: HR sees it) and revoke the unused link.
 * If PostgreSQL fails around the send, the outcome is recorded again until it answers, so an email that
 * went out is never sent again by a later attempt. "busy" means another attempt holds the row.
 * What cannot be made exactly-once: a crash after the SMTP server took the message and before the
 * record commits sends it again; both copies carry one Message-ID.
 */
export async function sendNotification(
  companyId: string,
  notificationId: string,
  opts: SendOptions,
): Promise<SendOutcome> {
  const today = opts.today ?? todayInJapan();
  const tenant = { companyId };
  const prepared = await withTenant(tenant, async (tx) => {
    const row = await claimNotification(tx, companyId, notificationId);
    if (!row)
      return {
        state:
          (await notificationStatus(tx, companyId, notificationId)) === "sending"
            ? ("busy" as const)
            : ("skipped" as const),
      };
    const rendered = await renderNotification(tx, row, today);
    if ("skip" in rendered) {
      await tx
        .update(notifications)
        .set({ status: "cancelled", lastError: rendered.skip })
        .where(and(eq(notifications.companyId, companyId), eq(notifications.id, row.id)));
      return { state: "skipped" as const };
    }
    return { state: "ready" as const, rendered, claim: row.attempts };
  });
  if (prepared.state !== "ready") return prepared.state;
  const { to, email, tokenId } = prepared.rendered;
  const row = { companyId, id: notificationId, claim: prepared.claim, tokenId };
  const messageId = messageIdFor(notificationId);
  const headers = { "X-Zairyu-Notification": notificationId, "Message-ID": messageId };
  let attempt: Attempt | undefined;
  let sending: Promise<Attempt> | undefined;
  try {
    await withTenant(tenant, async (tx) => {
      if (!(await markSent(tx, row, messageId))) return;
      sending = sendEmail(to.join(", "), email, headers).then(
        () => ({ messageId }),
        (error: Error) => ({ error: redact(error.message ?? String(error)) }),
      );
      attempt = await sending;
      if ("error" in attempt) await markFailed(tx, row, attempt.error, opts.isLastAttempt);
    });
  } catch (error) {
    // postgres.js fails the transaction the moment its connection closes, while the SMTP conversation
    // may still be going on: wait for the server's answer, or an email that went out would be recorded
    // as never sent (back to pending, and sent again by a later run).
    attempt = await sending;
    // Sent: record it until PostgreSQL answers. Refused, or nothing sent (the database failed first):
    // give the claim back the same way, so the next attempt need not wait for the long timeout.
    const outcome = attempt ?? {
      error: redact(`database unavailable before sending: ${(error as Error).message}`),
    };
    await persistently(() =>
      withTenant(tenant, async (tx) => {
        if ("messageId" in outcome) await markSent(tx, row, outcome.messageId);
        else await markFailed(tx, row, outcome.error, opts.isLastAttempt && attempt !== undefined);
      }),
    );
  }
  if (!attempt)
    throw new Error(
      `notification ${notificationId}: not sent (claim lost or database unavailable); will retry`,
    );
  if ("error" in attempt) throw new Error(`send failed for notification ${notificationId}: ${attempt.error}`);
  return "sent";
}
