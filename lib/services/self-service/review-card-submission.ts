import { and, eq, isNull } from "drizzle-orm";
import { cardRecords, cardSubmissions, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { decryptField } from "@/lib/crypto/field-encryption";
import { AppError, notFound } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { isUuid } from "@/lib/validation/common";
import { toFieldIssues } from "@/lib/validation/messages";
import { ZCardReviewRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { cardColumns } from "../employee-card";
import { syncEmployeeDuties } from "../pipeline/sync-employee-duties";
import { writeReviewReturned } from "./review-notifications";

export type CardReviewOutcome = {
  decision: "accept" | "return";
  cardRecordId: string | null;
  notificationId: string | null;
};

/**
 * HR decides on a new card an employee sent. Accept: the card (as HR checked it against the photos;
 * the number defaults to the one submitted) becomes the current card record, the previous one stays
 * as history, and the employee's duties are recomputed, all in one transaction with the submission's
 * update (the same steps as lib/services/record-card.ts, plus the duty sync). Return: a comment, and
 * the employee is emailed it.
 */
export async function reviewCardSubmission(
  ctx: ServiceContext,
  submissionId: string,
  input: unknown,
  today = todayInJapan(),
): Promise<CardReviewOutcome> {
  assertCanWrite(ctx);
  if (!isUuid(submissionId)) throw notFound("card submission");
  const parsed = ZCardReviewRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const decision = parsed.data;
  const reviewer = ctx.actor.type === "user" ? ctx.actor.id : null;
  return withTenant(ctx, async (tx) => {
    const [submission] = await tx
      .select()
      .from(cardSubmissions)
      .where(and(eq(cardSubmissions.companyId, ctx.companyId), eq(cardSubmissions.id, submissionId)))
      .for("update");
    if (!submission) throw notFound("card submission");
    if (submission.status !== "pending")
      throw new AppError("conflict", "this card submission has already been reviewed");
    const byId = and(eq(cardSubmissions.companyId, ctx.companyId), eq(cardSubmissions.id, submission.id));
    const reviewed = { reviewedBy: reviewer, reviewedAt: new Date() };
    const employeeWhere = and(
      eq(employees.companyId, ctx.companyId),
      eq(employees.id, submission.employeeId),
    );
    if (decision.decision === "return") {
      await tx
        .update(cardSubmissions)
        .set({ ...reviewed, status: "returned", reviewComment: decision.comment })
        .where(byId);
      const [employee] = await tx.select({ email: employees.email }).from(employees).where(employeeWhere);
      const notificationId = employee?.email
        ? await writeReviewReturned(tx, {
            companyId: ctx.companyId,
            employeeId: submission.employeeId,
            dutyId: null,
            item: "card",
            itemId: submission.id,
            today,
          })
        : null;
      await writeAudit(tx, ctx, {
        action: "card_submission.returned",
        entityType: "employee",
        entityId: submission.employeeId,
        data: { submissionId, notificationId, hasComment: true },
      });
      return { decision: "return", cardRecordId: null, notificationId };
    }
    const [employee] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(and(employeeWhere, isNull(employees.archivedAt)))
      .for("update");
    if (!employee) throw notFound("employee");
    const submittedNumber =
      typeof submission.data.cardNumberEncrypted === "string"
        ? decryptField(submission.data.cardNumberEncrypted)
        : null;
    const card = { ...decision.card, cardNumber: decision.card.cardNumber ?? submittedNumber };
    await tx
      .update(cardRecords)
      .set({ supersededAt: new Date() })
      .where(
        and(
          eq(cardRecords.companyId, ctx.companyId),
          eq(cardRecords.employeeId, employee.id),
          isNull(cardRecords.supersededAt),
        ),
      );
    const [record] = await tx
      .insert(cardRecords)
      .values({
        ...cardColumns(card),
        companyId: ctx.companyId,
        employeeId: employee.id,
        createdBy: reviewer,
      })
      .returning({ id: cardRecords.id });
    if (!record) throw new Error("insert returned no row");
    await tx
      .update(cardSubmissions)
      .set({ ...reviewed, status: "accepted", cardRecordId: record.id })
      .where(byId);
    const sync = await syncEmployeeDuties(tx, ctx.companyId, [employee.id], { today });
    await writeAudit(tx, ctx, {
      action: "card_submission.accepted",
      entityType: "employee",
      entityId: employee.id,
      data: {
        submissionId,
        cardId: record.id,
        status: card.statusCode,
        duties: { created: sync.created, updated: sync.updated, cancelled: sync.cancelled },
      },
    });
    return { decision: "accept", cardRecordId: record.id, notificationId: null };
  });
}
