import { and, eq, inArray, isNull } from "drizzle-orm";
import { cardRecords, cardSubmissions, employees, uploads } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "../context";
import { publicCard } from "../employee-card";
import { cardSummary } from "./review-queue";

/** One card submission for HR's decision page, beside the employee's current card (never a full number). */
export async function getCardSubmission(ctx: ServiceContext, submissionId: string) {
  if (!isUuid(submissionId)) throw notFound("card submission");
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({ submission: cardSubmissions, employeeName: employees.nameOnCard })
      .from(cardSubmissions)
      .innerJoin(
        employees,
        and(eq(employees.companyId, cardSubmissions.companyId), eq(employees.id, cardSubmissions.employeeId)),
      )
      .where(and(eq(cardSubmissions.companyId, ctx.companyId), eq(cardSubmissions.id, submissionId)));
    if (!row) throw notFound("card submission");
    const [current] = await tx
      .select()
      .from(cardRecords)
      .where(
        and(
          eq(cardRecords.companyId, ctx.companyId),
          eq(cardRecords.employeeId, row.submission.employeeId),
          isNull(cardRecords.supersededAt),
        ),
      );
    const { data, ...submission } = row.submission;
    const photoIds = [submission.frontUploadId, submission.backUploadId].filter(
      (id): id is string => id !== null,
    );
    const photos = photoIds.length
      ? await tx
          .select({ id: uploads.id, mimeType: uploads.mimeType })
          .from(uploads)
          .where(and(eq(uploads.companyId, ctx.companyId), inArray(uploads.id, photoIds)))
      : [];
    const photo = (id: string | null) => (id ? (photos.find((p) => p.id === id) ?? null) : null);
    return {
      id: submission.id,
      employeeId: submission.employeeId,
      employeeName: row.employeeName,
      status: submission.status,
      createdAt: submission.createdAt,
      front: photo(submission.frontUploadId),
      back: photo(submission.backUploadId),
      submitted: cardSummary(data),
      currentCard: current ? publicCard(current) : null,
    };
  });
}
