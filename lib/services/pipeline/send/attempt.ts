import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { employeeTokens, notifications } from "@/db/schema";
import { getEnv } from "@/lib/env";

/**
 * One send attempt's bookkeeping. The invariant: a row is 'sending' only while one attempt owns it,
 * and that attempt holds the row's lock (in the transaction that sends and records, see markSent) from
 * just before the SMTP conversation until its outcome is committed. So a 'sending' row whose lock is
 * free was left by an attempt that died (a crash, SIGKILL) and may be claimed again at once — unless
 * PostgreSQL itself restarted since the claim (the restart freed the lock while the sender may still be
 * alive, retrying to record what it sent), in which case only the long timeout frees it.
 */
export const SENDING_TIMEOUT = sql.raw("interval '15 minutes'");
/** Covers the moment between the claim's commit and the sender taking the row's lock. */
const LOCK_GRACE = sql.raw("interval '10 seconds'");

/** SQL condition (over notifications n) for a row an attempt may claim now. Use with SKIP LOCKED. */
export const CLAIMABLE = sql`(${notifications.status} = 'pending'
  or (${notifications.status} = 'sending' and ${notifications.claimedAt} < now() - ${SENDING_TIMEOUT})
  or (${notifications.status} = 'sending' and ${notifications.claimedAt} < now() - ${LOCK_GRACE}
      and ${notifications.claimedAt} > pg_postmaster_start_time()))`;

export type Attempt = { messageId: string } | { error: string };

/** The same Message-ID on every attempt of a row: a copy sent twice (see above) is one message to mail systems. */
export function messageIdFor(notificationId: string): string {
  const domain = /@([^>\s]+)/.exec(getEnv().MAIL_FROM)?.[1] ?? "zairyu.localhost";
  return `<notification-${notificationId}@${domain}>`;
}

type Claim = { companyId: string; id: string; claim: number; tokenId: string | null };

/** This attempt's claim only (its `attempts` number), never a later one's. */
const ours = (row: Claim) =>
  and(
    eq(notifications.companyId, row.companyId),
    eq(notifications.id, row.id),
    eq(notifications.attempts, row.claim),
    inArray(notifications.status, ["sending", "sent"]),
  );

/**
 * Writes "sent" ahead of sending, in the transaction that then sends: the UPDATE takes the row's lock
 * (other attempts see 'sending', locked: busy), and once the SMTP server has answered only COMMIT is
 * left to do, which keeps the crash window above as short as it can be. If this process dies first,
 * the transaction rolls back and the row is 'sending' and unlocked: claimable again. False when the
 * claim is no longer ours (then nothing may be sent).
 */
export async function markSent(tx: Tx, row: Claim, messageId: string): Promise<boolean> {
  const updated = await tx
    .update(notifications)
    .set({ status: "sent", sentAt: new Date(), messageId, lastError: null })
    .where(ours(row))
    .returning({ id: notifications.id });
  return updated.length === 1;
}

/** Back to pending for the next attempt (failed after the last one: HR sees it); the link is revoked. */
export async function markFailed(tx: Tx, row: Claim, error: string, isLastAttempt: boolean): Promise<void> {
  await tx
    .update(notifications)
    .set({ status: isLastAttempt ? "failed" : "pending", lastError: error, sentAt: null, messageId: null })
    .where(ours(row));
  if (row.tokenId)
    await tx
      .update(employeeTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(employeeTokens.companyId, row.companyId), eq(employeeTokens.id, row.tokenId)));
}

/**
 * Runs `write` until PostgreSQL takes it (about two minutes at most): once an email has gone out, its
 * record must not be lost to a database restart, or another attempt would send it again.
 */
export async function persistently(write: () => Promise<void>, budgetMs = 120_000): Promise<void> {
  const deadline = Date.now() + budgetMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await write();
    } catch (error) {
      if (Date.now() + delay > deadline) throw error;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
