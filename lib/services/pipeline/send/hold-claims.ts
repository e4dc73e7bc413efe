import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { jsonRows } from "../sql-helpers";
import type { Claim } from "./attempt";

export type Hold = {
  /** The claims still ours, now locked: only these may be sent. */
  owned: Claim[];
  /** False once the hold's transaction has ended early (its connection closed): send nothing more. */
  isHeld: () => boolean;
  /** Runs `last` in the hold's transaction (recording what was not sent), then commits it. */
  end: (last: (tx: Tx) => Promise<void>) => Promise<void>;
};

/**
 * Opens the batch's hold transaction (see ./attempt.ts): FOR KEY SHARE on each claimed row that is still
 * ours (same claim number, still 'sending'), kept until `end`. While it is open, claimers and the sweep
 * (FOR UPDATE SKIP LOCKED) pass the rows by, yet each row's "sent" can be committed on its own. A tenant
 * transaction: one company per batch, under row-level security like any tenant read.
 */
export async function holdClaims(companyId: string, claims: readonly Claim[]): Promise<Hold> {
  let isOpen = true;
  let onLocked!: (owned: Claim[]) => void;
  let finish!: (last: (tx: Tx) => Promise<void>) => void;
  const locked = new Promise<Claim[]>((resolve) => {
    onLocked = resolve;
  });
  const finished = new Promise<(tx: Tx) => Promise<void>>((resolve) => {
    finish = resolve;
  });
  const rows = claims.map((c) => ({ id: c.id, claim: c.claim }));
  const transaction = withTenant({ companyId }, async (tx) => {
    // Prepared (see anyOf in ./load-notification.ts): one round trip, the same text for every batch.
    const mine = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.companyId, companyId),
          eq(notifications.status, "sending"),
          sql`(${notifications.id}, ${notifications.attempts}) in (select v.id, v.claim
            from jsonb_to_recordset(${jsonRows(rows)}) as v(id uuid, claim int))`,
        ),
      )
      .for("key share")
      .prepare("hold_claims")
      .execute();
    const ids = new Set(mine.map((r) => r.id));
    onLocked(claims.filter((c) => ids.has(c.id)));
    await (await finished)(tx);
  });
  const settled = transaction.finally(() => {
    isOpen = false;
  });
  // An early end (the database went away) before the locks were taken: nothing may be sent.
  const owned = await Promise.race([
    locked,
    settled.then(() => {
      throw new Error("the hold transaction ended before locking");
    }),
  ]);
  return {
    owned,
    isHeld: () => isOpen,
    end: async (last) => {
      finish(last);
      await settled;
    },
  };
}
