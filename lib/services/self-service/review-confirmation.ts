import { and, eq } from "drizzle-orm";
import { confirmations, duties, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, notFound } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { isUuid } from "@/lib/validation/common";
import { toFieldIssues } from "@/lib/validation/messages";
import { ZReviewDecisionRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import {
  cancelDutyNotifications,
  restoreStoppedReminders,
  writeReviewReturned,
} from "./review-notifications";

export type ReviewOutcome = { decision: "accept" | "return"; notificationId: string | null };

/**
 * HR decides on an employee's "I have filed it". Accept: the confirmation is accepted, the duty closed
 * and every pending reminder of it cancelled. Return (with a comment): the duty is open again, the
 * reminders the confirmation stopped come back, and the employee is emailed the comment (outbox row).
 * Confirmation and duty are locked and checked in the same transaction that changes them.
 */
export async function reviewConfirmation(
  ctx: ServiceContext,
  confirmationId: string,
  input: unknown,
  today = todayInJapan(),
): Promise<ReviewOutcome> {
  assertCanWrite(ctx);
  if (!isUuid(confirmationId)) throw notFound("confirmation");
  const parsed = ZReviewDecisionRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const decision = parsed.data;
  const reviewer = ctx.actor.type === "user" ? ctx.actor.id : null;
  return withTenant(ctx, async (tx) => {
    const [confirmation] = await tx
      .select()
      .from(confirmations)
      .where(and(eq(confirmations.companyId, ctx.companyId), eq(confirmations.id, confirmationId)))
      .for("update");
    if (!confirmation) throw notFound("confirmation");
    if (confirmation.status !== "pending")
      throw new AppError("conflict", "this confirmation has already been reviewed");
    const [duty] = await tx
      .select({ id: duties.id, status: duties.status })
      .from(duties)
      .where(and(eq(duties.companyId, ctx.companyId), eq(duties.id, confirmation.dutyId)))
      .for("update");
    if (!duty) throw notFound("duty");
    const now = new Date();
    const reviewed = { reviewedBy: reviewer, reviewedAt: now };
    const byId = and(eq(confirmations.companyId, ctx.companyId), eq(confirmations.id, confirmation.id));
    const dutyById = and(eq(duties.companyId, ctx.companyId), eq(duties.id, duty.id));
    if (decision.decision === "accept") {
      await tx
        .update(confirmations)
        .set({ ...reviewed, status: "accepted" })
        .where(byId);
      await tx.update(duties).set({ status: "closed", closedAt: now, updatedAt: now }).where(dutyById);
      const cancelled = await cancelDutyNotifications(
        tx,
        ctx.companyId,
        duty.id,
        "duty closed: filing accepted by HR",
      );
      await writeAudit(tx, ctx, {
        action: "confirmation.accepted",
        entityType: "duty",
        entityId: duty.id,
        data: { confirmationId, status: { from: duty.status, to: "closed" }, remindersCancelled: cancelled },
      });
      return { decision: "accept", notificationId: null };
    }
    await tx
      .update(confirmations)
      .set({ ...reviewed, status: "returned", reviewComment: decision.comment })
      .where(byId);
    // A duty HR closed or the engine cancelled meanwhile stays as it is; only a waiting one reopens.
    const reopens = duty.status === "submitted";
    if (reopens)
      await tx.update(duties).set({ status: "open", submittedAt: null, updatedAt: now }).where(dutyById);
    const restored = reopens ? await restoreStoppedReminders(tx, ctx.companyId, duty.id, today) : 0;
    const [employee] = await tx
      .select({ email: employees.email })
      .from(employees)
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, confirmation.employeeId)));
    const notificationId = employee?.email
      ? await writeReviewReturned(tx, {
          companyId: ctx.companyId,
          employeeId: confirmation.employeeId,
          dutyId: duty.id,
          item: "confirmation",
          itemId: confirmation.id,
          today,
        })
      : null;
    await writeAudit(tx, ctx, {
      action: "confirmation.returned",
      entityType: "duty",
      entityId: duty.id,
      data: {
        confirmationId,
        status: { from: duty.status, to: reopens ? "open" : duty.status },
        remindersRestored: restored,
        notificationId,
        hasComment: true,
      },
    });
    return { decision: "return", notificationId };
  });
}
