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
 * block, so each email is recorded the moment the SMTP server has taken it, without waiting for its
 * batch: by the next group commit of the process's accepted emails, one autocommit statement for all
 * of them (unsafeRecordSent). A 'sending' row whose lock is free was therefore left by an attempt that
 * died (a crash, SIGKILL: its connection closed) and may be claimed again at once — unless PostgreSQL
 * itself restarted since the claim (the restart freed the lock while the sender may still be alive,
 * retrying to record what it sent), in which case only the long timeout frees it. So a batch whose hold
 * ends early (its connection closed) starts no further send, and gives its untried rows back.
 * The one window that cannot be closed: the SMTP server took a message and the process died before its
 * record committed — at most one round trip plus the flush already in flight when it was accepted (the
 * group commit starts a flush the moment the previous one returns); the next attempt sends it again,
 * with the same Message-ID. At most ten emails per process are ever in that window (UNRECORDED_LIMIT in
 * ./send-slots.ts: taken before the SMTP conversation, given back when the record has committed).
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

type SentRecord = {
  row: Claim;
  messageId: string;
  done: (isOurs: boolean) => void;
  fail: (e: Error) => void;
};
let queued: SentRecord[] = [];
let isFlushing = false;

/**
 * "Sent", right after the SMTP server took the message — group-committed: every email accepted since the
 * last flush is recorded by ONE autocommit statement, and the next flush starts as soon as the previous
 * one returns, so an email waits for at most the flush in flight and its own (the crash window above).
 * Each flush is retried until PostgreSQL takes it (`persistently`): a record is never lost to a database
 * restart. The system connection because row-level security needs a transaction to know the tenant
 * (BEGIN, set_config, UPDATE, COMMIT: four round trips), and a flush carries several companies' rows;
 * each row is keyed by our own claim (company, id, claim number, still 'sending'), so it cannot touch
 * another tenant's row or a later attempt's. Resolves false when the claim is no longer ours.
 */
export function unsafeRecordSent(row: Claim, messageId: string): Promise<boolean> {
  return new Promise<boolean>((done, fail) => {
    queued.push({ row, messageId, done, fail });
    if (!isFlushing) void flushRecords();
  });
}

async function flushRecords(): Promise<void> {
  isFlushing = true;
  try {
    while (queued.length > 0) {
      const group = queued;
      queued = [];
      try {
        const ours = await persistently(() => recordSentRows(group));
        for (const r of group) r.done(ours.has(r.row.id));
      } catch (error) {
        for (const r of group) r.fail(error as Error);
      }
    }
  } finally {
    isFlushing = false;
  }
}

async function recordSentRows(group: readonly SentRecord[]): Promise<Set<string>> {
  const rows = group.map((r) => ({
    company_id: r.row.companyId,
    id: r.row.id,
    claim: r.row.claim,
    message_id: r.messageId,
  }));
  const updated = await systemConnection().sql<{ id: string }[]>`
    update notifications n set status = 'sent', sent_at = now(), message_id = v.message_id, last_error = null
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(company_id uuid, id uuid, claim int, message_id text)
    where n.id = v.id and n.company_id = v.company_id and n.attempts = v.claim and n.status = 'sending'
    returning n.id`;
  return new Set(updated.map((r) => r.id));
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
