import { and, eq } from "drizzle-orm";
import { employeeTokens, notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { sendEmail } from "@/lib/email/mailer";
import { todayInJapan } from "@/lib/i18n/format";
import { claimNotification, notificationStatus } from "./load-notification";
import { renderNotification } from "./render-notification";

export type SendOutcome = "sent" | "skipped" | "busy";
export type SendOptions = { today?: string; isLastAttempt: boolean };

/** SMTP errors often echo the address; what we keep and show must not. */
export function redact(message: string): string {
  return message.replace(/[^\s<>"']+@[^\s<>"']+/g, "<address>").slice(0, 500);
}

/**
 * One notification row → one email, at most once:
 * 1. claim (pending → sending) and render in one tenant transaction (the link's token is written there);
 * 2. send, awaited, through the pooled transport;
 * 3. record the message id (sending → sent).
 * A failure puts the row back to pending for the job's next attempt, or marks it failed after the last
 * one (HR sees it); the unused link is revoked. "busy" means another attempt holds a fresh claim.
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
    return { state: "ready" as const, rendered };
  });
  if (prepared.state !== "ready") return prepared.state;
  const { to, email, tokenId } = prepared.rendered;
  let messageId: string;
  try {
    messageId = await sendEmail(to.join(", "), email, { "X-Zairyu-Notification": notificationId });
  } catch (error) {
    const lastError = redact((error as Error).message ?? String(error));
    await withTenant(tenant, async (tx) => {
      await tx
        .update(notifications)
        .set({ status: opts.isLastAttempt ? "failed" : "pending", lastError })
        .where(
          and(
            eq(notifications.companyId, companyId),
            eq(notifications.id, notificationId),
            eq(notifications.status, "sending"),
          ),
        );
      if (tokenId)
        await tx
          .update(employeeTokens)
          .set({ revokedAt: new Date() })
          .where(and(eq(employeeTokens.companyId, companyId), eq(employeeTokens.id, tokenId)));
    });
    throw new Error(`send failed for notification ${notificationId}: ${lastError}`);
  }
  await withTenant(tenant, (tx) =>
    tx
      .update(notifications)
      .set({ status: "sent", sentAt: new Date(), messageId, lastError: null })
      .where(
        and(
          eq(notifications.companyId, companyId),
          eq(notifications.id, notificationId),
          eq(notifications.status, "sending"),
        ),
      ),
  );
  return "sent";
}
