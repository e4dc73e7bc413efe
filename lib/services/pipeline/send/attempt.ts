import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { getEnv } from "@/lib/env";
import { jsonRows, textArray } from "../sql-helpers";

/**
 * One batch attempt's bookkeeping. The invariant: a row is 'sending' only while one attempt owns it
 * (its claim: `attempts` = the claim's number), and that attempt's hold transaction (./hold-claims.ts)
 * keeps a FOR KEY SHARE lock on the row from just after the claim until the row's outcome is committed.
 * Claimers and the sweep take FOR UPDATE SKIP LOCKED, which that lock blocks, so they pass the row by;
 * recording the outcome is a plain UPDATE of non-key columns (FOR NO KEY UPDATE), which it does not
 * block, so each email is recorded on its own, by one autocommit statement, the moment the SMTP server
 * has taken it (unsafeRecordSent). A 'sending' row whose lock is free was therefore left by an attempt that
 * died (a crash, SIGKILL: its connection closed) and may be claimed again at once — unless PostgreSQL
 * itself restarted since the claim (the restart freed the lock while the sender may still be alive,
 * retrying to record what it sent), in which case only the long timeout frees it. So a batch whose hold
 * ends early (its connection closed) starts no further send, and gives its untried rows back.
 * The one window that cannot be closed: the SMTP server took a message and the process died before the
 * one-statement record committed (one round trip, as with the single-row design before it); the next
 * attempt sends it again, with the same Message-ID. At most five emails per process are ever in that
 * window: a send slot (./send-slots.ts) covers the SMTP conversation and the record after it.
 */
export const SENDING_TIMEOUT = sql.raw("interval '15 minutes'");
/** Covers the moment between the claim's commit and the hold transaction taking the rows' locks. */
const LOCK_GRACE = sql.raw("interval '10 seconds'");

/** SQL condition (over notifications n) for a row an attempt may claim now. Use with SKIP LOCKED. */
export const CLAIMABLE = sql`(${notifications.status} = 'pending'
  or (${notifications.status} = 'sending' and ${notifications.claimedAt} < now() - ${SENDING_TIMEOUT})
  or (${notifications.status} = 'sending' and ${notifications.claimedAt} < now() - ${LOCK_GRACE}
      and ${notifications.claimedAt} > pg_postmaster_start_time()))`;

/** The same Message-ID on every attempt of a row: a copy sent twice (see above) is one message to mail systems. */
export function messageIdFor(notificationId: string): string {
  const domain = /@([^>\s]+)/.exec(getEnv().MAIL_FROM)?.[1] ?? "zairyu.localhost";
  return `<notification-${notificationId}@${domain}>`;
}

/** One claimed row: its company, id, this attempt's claim number and the link issued for it. */
export type Claim = { companyId: string; id: string; claim: number; tokenId: string | null };

/**
 * "Sent", right after the SMTP server took the message: one autocommit statement, so the crash window
 * above is one round trip. The system connection because row-level security needs a transaction to
 * know the tenant (BEGIN, set_config, UPDATE, COMMIT: four round trips); the statement is keyed by our
 * own claim (company, id, claim number), so it cannot touch another tenant's row or a later attempt's.
 * False when the claim is no longer ours.
 */
export async function unsafeRecordSent(row: Claim, messageId: string): Promise<boolean> {
  const result = await systemConnection().sql`
    update notifications set status = 'sent', sent_at = now(), message_id = ${messageId}, last_error = null
    where company_id = ${row.companyId} and id = ${row.id} and attempts = ${row.claim} and status = 'sending'`;
  return result.count === 1;
}

export type Release = { row: Claim; error: string; isFinal: boolean };

/**
 * Rows this attempt did not deliver, in one statement: back to pending for the next attempt, or
 * 'failed' after the last one (HR sees it); their links are revoked. Only rows still ours.
 */
export async function releaseClaims(tx: Tx, releases: readonly Release[]): Promise<void> {
  if (releases.length === 0) return;
  const [first] = releases;
  const companyId = first?.row.companyId ?? "";
  const rows = releases.map((r) => ({
    id: r.row.id,
    claim: r.row.claim,
    error: r.error,
    is_final: r.isFinal,
  }));
  await tx.execute(sql`
    update notifications n set status = case when v.is_final then 'failed' else 'pending' end,
      last_error = v.error, sent_at = null, message_id = null
    from jsonb_to_recordset(${jsonRows(rows)}) as v(id uuid, claim int, error text, is_final bool)
    where n.company_id = ${companyId} and n.id = v.id and n.attempts = v.claim and n.status = 'sending'`);
  const tokenIds = releases.flatMap((r) => (r.row.tokenId ? [r.row.tokenId] : []));
  if (tokenIds.length > 0)
    await tx.execute(sql`
      update employee_tokens set revoked_at = now()
      where company_id = ${companyId} and id = any(${textArray(tokenIds, "uuid")})`);
}

/**
 * Runs `write` until PostgreSQL takes it (about two minutes at most): once an email has gone out, its
 * record must not be lost to a database restart, or another attempt would send it again.
 */
export async function persistently<T>(write: () => Promise<T>, budgetMs = 120_000): Promise<T> {
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
