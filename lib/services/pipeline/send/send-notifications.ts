import { and, eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { type RenderedEmail, sendEmail } from "@/lib/email/mailer";
import { todayInJapan } from "@/lib/i18n/format";
import {
  type Claim,
  messageIdFor,
  persistently,
  type Release,
  releaseClaims,
  unsafeRecordSent,
} from "./attempt";
import { type Hold, holdClaims } from "./hold-claims";
import { anyOf, busyNotifications, claimNotifications } from "./load-notification";
import { loadRenderFacts, renderNotifications } from "./render-notification";
import { inRecordWindow, inSendSlot, isStoppingSends } from "./send-slots";

export type SendOptions = {
  today?: string;
  /** A row whose claim number reaches this is marked failed when its send fails (HR sees it). */
  maxAttempts: number;
  /** No retry follows this attempt: every failed send is final. */
  isLastAttempt: boolean;
};
/** Per row of the batch: sent; skipped (nothing to send, or sent before); busy (another attempt has it). */
export type BatchOutcome = {
  sent: string[];
  skipped: string[];
  busy: string[];
  /** Not delivered this time: refused, timed out, or never tried (the database went away); isFinal: 'failed'. */
  failed: { id: string; error: string; isFinal: boolean }[];
};

/** SMTP errors often echo the address; what we keep and show must not. */
export function redact(message: string): string {
  return message.replace(/[^\s<>"']+@[^\s<>"']+/g, "<address>").slice(0, 500);
}

type Ready = { claim: Claim; to: string[]; email: RenderedEmail };

/**
 * A batch of notification rows of one company → emails:
 * 1. claim (pending → sending) and render, set-based, in one tenant transaction (the links' tokens are
 *    written there); rows with nothing to send are cancelled with the reason;
 * 2. the hold transaction locks the claimed rows FOR KEY SHARE (./hold-claims.ts): other attempts see
 *    them as alive, see ./attempt.ts;
 * 3. the emails go out concurrently over the pooled transport (./send-slots.ts), and each one the SMTP
 *    server accepted is recorded "sent" at once, by the process's next group commit (one autocommit
 *    statement for every email accepted meanwhile, whatever its batch), retried until PostgreSQL
 *    answers — so an email that went out is never sent again by a later attempt;
 * 4. the rest go back to pending in the hold transaction (failed on the last attempt: HR sees it),
 *    their unused links revoked, and the hold commits. A failed email is retried by the next attempt of
 *    the batch's job; its batch-mates are sent already and are not claimed again.
 * What cannot be made exactly-once: a crash after the SMTP server took a message and before its
 * group-committed record commits sends it again; both copies carry one Message-ID.
 */
export async function sendNotifications(
  companyId: string,
  ids: readonly string[],
  opts: SendOptions,
): Promise<BatchOutcome> {
  const today = opts.today ?? todayInJapan();
  const tenant = { companyId };
  const outcome: BatchOutcome = { sent: [], skipped: [], busy: [], failed: [] };
  const ready = await withTenant(tenant, async (tx) => {
    // The claim and the render's reads, issued together: one round trip (./render-notification.ts).
    const [claimed, facts] = await Promise.all([
      claimNotifications(tx, companyId, ids),
      loadRenderFacts(tx, companyId, ids),
    ]);
    const claimedIds = new Set(claimed.map((r) => r.id));
    const unclaimed = ids.filter((id) => !claimedIds.has(id));
    const busy = new Set(await busyNotifications(tx, companyId, unclaimed));
    for (const id of unclaimed) (busy.has(id) ? outcome.busy : outcome.skipped).push(id);
    const rendered = await renderNotifications(tx, companyId, claimed, today, facts);
    const bySkip = new Map<string, string[]>();
    const out: Ready[] = [];
    claimed.forEach((row, i) => {
      const r = rendered[i];
      if (!r || "skip" in r) {
        const reason = r?.skip ?? "not rendered";
        bySkip.set(reason, [...(bySkip.get(reason) ?? []), row.id]);
        outcome.skipped.push(row.id);
      } else
        out.push({
          claim: { companyId, id: row.id, claim: row.attempts, tokenId: r.tokenId },
          to: r.to,
          email: r.email,
        });
    });
    for (const [reason, skipped] of bySkip)
      await tx
        .update(notifications)
        .set({ status: "cancelled", lastError: reason })
        .where(and(eq(notifications.companyId, companyId), anyOf(notifications.id, skipped)));
    return out;
  });
  if (ready.length === 0) return outcome;

  const isFinal = (c: Claim) => opts.isLastAttempt || c.claim >= opts.maxAttempts;
  const releases: Release[] = [];
  const giveBack = (items: readonly Ready[], error: string) => {
    for (const item of items) releases.push({ row: item.claim, error, isFinal: false });
  };
  let hold: Hold | undefined;
  try {
    hold = await holdClaims(
      companyId,
      ready.map((r) => r.claim),
    );
  } catch (error) {
    // The database failed between the claim and the hold: nothing was sent; give the claims back (not
    // counted as a failed send) so the next attempt need not wait for the long timeout.
    giveBack(ready, redact(`database unavailable before sending: ${(error as Error).message}`));
  }
  const owned = new Set(hold?.owned.map((c) => c.id));
  // Claimed by a later attempt in the moment before the hold (a claim older than the lock grace): theirs.
  for (const item of ready) if (hold && !owned.has(item.claim.id)) outcome.busy.push(item.claim.id);

  const recordErrors: Error[] = [];
  await Promise.all(
    ready
      .filter((item) => owned.has(item.claim.id))
      .map((item) =>
        inRecordWindow(async () => {
          const messageId = messageIdFor(item.claim.id);
          const isAccepted = await inSendSlot(async () => {
            // Without the hold, a row's liveness is no longer visible to other attempts: send nothing more.
            if (!hold?.isHeld()) {
              giveBack([item], "not sent: the database went away during the batch");
              return false;
            }
            if (isStoppingSends()) {
              giveBack([item], "not sent: the worker was stopping");
              return false;
            }
            const headers = { "X-Zairyu-Notification": item.claim.id, "Message-ID": messageId };
            try {
              await sendEmail(item.to.join(", "), item.email, headers);
              return true;
            } catch (error) {
              const message = redact((error as Error).message ?? String(error));
              releases.push({ row: item.claim, error: message, isFinal: isFinal(item.claim) });
              return false;
            }
          });
          if (!isAccepted) return;
          try {
            await unsafeRecordSent(item.claim, messageId);
            outcome.sent.push(item.claim.id);
          } catch (error) {
            recordErrors.push(error as Error);
          }
        }),
      ),
  );

  const release = (tx: Parameters<typeof releaseClaims>[0]) => releaseClaims(tx, releases);
  try {
    if (!hold) throw new Error("no hold");
    await hold.end(release);
  } catch {
    // The hold's connection closed (a database restart): record the same outcomes until it answers.
    await persistently(() => withTenant(tenant, release));
  }
  for (const r of releases) outcome.failed.push({ id: r.row.id, error: r.error, isFinal: r.isFinal });
  if (recordErrors[0]) throw recordErrors[0];
  return outcome;
}
