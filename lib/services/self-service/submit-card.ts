import { and, eq } from "drizzle-orm";
import { cardSubmissions } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { encryptField } from "@/lib/crypto/field-encryption";
import { AppError, forbidden } from "@/lib/errors";
import { inspectUpload } from "@/lib/storage/file-policy";
import { selfServiceIssues, ZCardSubmissionRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { canUse, type EmployeeAccess } from "./employee-access";
import { fieldError } from "./field-error";
import { insertUpload, withStoredFiles } from "./store-uploads";

/** What a submission stores: the card number only encrypted (as on card_records), plus its last four. */
export type CardSubmissionData = {
  statusCode: string;
  periodOfStayExpiresOn: string | null;
  cardExpiresOn: string | null;
  cardNumberEncrypted: string;
  cardNumberLast4: string;
};

/**
 * After a renewal or a change of status the employee sends the new card's details and photos of both
 * sides. HR checks them against the photos and accepts (a new card record) or returns them. One
 * submission waits at a time, so HR never has to choose between two versions.
 */
export async function submitCard(
  access: EmployeeAccess,
  input: Record<string, unknown>,
  front: Blob | null,
  back: Blob | null,
): Promise<{ submissionId: string }> {
  if (!canUse(access, "card")) throw forbidden("this link cannot submit a card");
  const { ctx } = access;
  const parsed = ZCardSubmissionRequest.safeParse(input);
  // Every problem at once: a phone user should fix the form in one go, not one field per attempt.
  const missing = (["front", "back"] as const)
    .filter((side) => !(side === "front" ? front : back))
    .flatMap((side) => fieldError(side, "required").issues);
  if (!parsed.success || missing.length > 0)
    throw new AppError("invalid_input", "some fields are invalid", [
      ...(parsed.success ? [] : selfServiceIssues(parsed.error)),
      ...missing,
    ]);
  if (!front || !back) throw new Error("unreachable: both photos were checked above");
  const files = [
    { kind: "card_front" as const, file: await inspectUpload(front, "front") },
    { kind: "card_back" as const, file: await inspectUpload(back, "back") },
  ];
  const card = parsed.data;
  const data: CardSubmissionData = {
    statusCode: card.statusCode,
    periodOfStayExpiresOn: card.periodOfStayExpiresOn ?? null,
    cardExpiresOn: card.cardExpiresOn ?? null,
    cardNumberEncrypted: encryptField(card.cardNumber),
    cardNumberLast4: card.cardNumber.slice(-4),
  };
  return withStoredFiles(ctx.companyId, files, (stored) =>
    withTenant(ctx, async (tx) => {
      const [waiting] = await tx
        .select({ id: cardSubmissions.id })
        .from(cardSubmissions)
        .where(
          and(
            eq(cardSubmissions.companyId, ctx.companyId),
            eq(cardSubmissions.employeeId, ctx.actor.id),
            eq(cardSubmissions.status, "pending"),
          ),
        )
        .for("update");
      if (waiting) throw new AppError("conflict", "a card submission is already waiting for HR");
      const [frontStored, backStored] = stored;
      if (!frontStored || !backStored) throw new Error("both photos must be stored");
      const frontUploadId = await insertUpload(tx, ctx.companyId, ctx.actor.id, frontStored);
      const backUploadId = await insertUpload(tx, ctx.companyId, ctx.actor.id, backStored);
      const [row] = await tx
        .insert(cardSubmissions)
        .values({ companyId: ctx.companyId, employeeId: ctx.actor.id, data, frontUploadId, backUploadId })
        .returning({ id: cardSubmissions.id });
      if (!row) throw new Error("insert returned no row");
      await writeAudit(tx, ctx, {
        action: "card_submission.created",
        entityType: "employee",
        entityId: ctx.actor.id,
        data: {
          submissionId: row.id,
          status: card.statusCode,
          fields: Object.keys(card),
          frontUploadId,
          backUploadId,
        },
      });
      return { submissionId: row.id };
    }),
  );
}
