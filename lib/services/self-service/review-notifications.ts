import { and, eq, gte, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications } from "@/db/schema";

/**
 * The reason written on reminders cancelled by an employee's confirmation. If HR sends the
 * confirmation back, exactly these (still in the future) are restored; reminders cancelled for any
 * other reason (muted, superseded, failed) stay cancelled.
 */
export const REMINDERS_STOPPED = "stopped: the employee confirmed the filing";

export const REVIEW_RETURNED_KIND = "review_returned";

/** Outbox identity of a "sent back" email: one per reviewed item, so a retry never writes two. */
export function reviewReturnedKey(item: "confirmation" | "card", id: string): string {
  return `review-returned:${item}:${id}`;
}

/** Reads the reviewed item back out of a review_returned row's key (for the renderer). */
export function parseReviewReturnedKey(key: string): { item: "confirmation" | "card"; id: string } | null {
  const match = /^review-returned:(confirmation|card):([0-9a-f-]{36})$/.exec(key);
  return match ? { item: match[1] as "confirmation" | "card", id: match[2] as string } : null;
}

/** Cancels every pending notification of a duty (it is closed: nothing more to remind about). */
export async function cancelDutyNotifications(
  tx: Tx,
  companyId: string,
  dutyId: string,
  reason: string,
): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ status: "cancelled", lastError: reason })
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.dutyId, dutyId),
        eq(notifications.status, "pending"),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** A returned confirmation reopens the duty: its future reminders to the employee come back. */
export async function restoreStoppedReminders(
  tx: Tx,
  companyId: string,
  dutyId: string,
  today: string,
): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ status: "pending", lastError: null })
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.dutyId, dutyId),
        eq(notifications.status, "cancelled"),
        eq(notifications.lastError, REMINDERS_STOPPED),
        gte(notifications.sendOn, today),
        ne(notifications.kind, REVIEW_RETURNED_KIND),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** The "sent back" email to the employee, written in the review's transaction (outbox). */
export async function writeReviewReturned(
  tx: Tx,
  opts: {
    companyId: string;
    employeeId: string;
    dutyId: string | null;
    item: "confirmation" | "card";
    itemId: string;
    today: string;
  },
): Promise<string | null> {
  const [row] = await tx
    .insert(notifications)
    .values({
      companyId: opts.companyId,
      employeeId: opts.employeeId,
      dutyId: opts.dutyId,
      recipientType: "employee",
      kind: REVIEW_RETURNED_KIND,
      sendOn: opts.today,
      dedupeKey: reviewReturnedKey(opts.item, opts.itemId),
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return row?.id ?? null;
}
