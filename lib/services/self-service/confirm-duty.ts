import { and, eq } from "drizzle-orm";
import { confirmations, duties, notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { inspectUpload } from "@/lib/storage/file-policy";
import { selfServiceIssues, ZConfirmFilingRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { canUse, type EmployeeAccess } from "./employee-access";
import { fieldError } from "./field-error";
import { REMINDERS_STOPPED } from "./review-notifications";
import { insertUpload, type PendingUpload, withStoredFiles } from "./store-uploads";

/** Expiry-triggered duties (renewals) are filed before their trigger date; the others after the event. */
const FILED_BEFORE_TRIGGER: ReadonlySet<string> = new Set(["period_of_stay", "card_validity"]);

/**
 * "I have filed it": the employee records the date, the channel and proof (a receipt number and/or a
 * PNG/JPEG/PDF). In one transaction the duty becomes `submitted` and its pending reminders to the
 * employee are cancelled, so reminders stop at the first confirmation; HR then accepts or returns it.
 */
export async function confirmDuty(
  access: EmployeeAccess,
  input: Record<string, unknown>,
  proof: Blob | null,
): Promise<{ confirmationId: string }> {
  if (!canUse(access, "duties")) throw forbidden("this link cannot confirm filings");
  const { ctx } = access;
  const parsed = ZConfirmFilingRequest.safeParse({ ...input, hasProofFile: proof !== null });
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", selfServiceIssues(parsed.error));
  const request = parsed.data;
  const today = todayInJapan();
  if (request.filedOn > today) throw fieldError("filedOn", "filed_in_future");
  const pending: PendingUpload[] = proof
    ? [{ kind: "filing_proof", file: await inspectUpload(proof, "proof") }]
    : [];
  return withStoredFiles(ctx.companyId, pending, (stored) =>
    withTenant(ctx, async (tx) => {
      const [duty] = await tx
        .select()
        .from(duties)
        .where(
          and(
            eq(duties.companyId, ctx.companyId),
            eq(duties.id, request.dutyId),
            eq(duties.employeeId, ctx.actor.id),
            eq(duties.owner, "employee"),
          ),
        )
        .for("update");
      if (!duty) throw notFound("duty");
      if (duty.status !== "open") throw new AppError("conflict", "this duty is not open");
      if (!FILED_BEFORE_TRIGGER.has(duty.trigger) && request.filedOn < duty.triggerDate)
        throw fieldError("filedOn", "filed_before_event");
      const proofUpload = stored[0];
      const uploadId = proofUpload ? await insertUpload(tx, ctx.companyId, ctx.actor.id, proofUpload) : null;
      const [confirmation] = await tx
        .insert(confirmations)
        .values({
          companyId: ctx.companyId,
          dutyId: duty.id,
          employeeId: ctx.actor.id,
          filedOn: request.filedOn,
          channel: request.channel,
          receiptNumber: request.receiptNumber ?? null,
          uploadId,
          submittedBy: "employee",
        })
        .returning({ id: confirmations.id });
      if (!confirmation) throw new Error("insert returned no row");
      const now = new Date();
      await tx
        .update(duties)
        .set({ status: "submitted", submittedAt: now, updatedAt: now })
        .where(and(eq(duties.companyId, ctx.companyId), eq(duties.id, duty.id)));
      const stopped = await tx
        .update(notifications)
        .set({ status: "cancelled", lastError: REMINDERS_STOPPED })
        .where(
          and(
            eq(notifications.companyId, ctx.companyId),
            eq(notifications.dutyId, duty.id),
            eq(notifications.recipientType, "employee"),
            eq(notifications.status, "pending"),
          ),
        )
        .returning({ id: notifications.id });
      await writeAudit(tx, ctx, {
        action: "duty.confirmed",
        entityType: "duty",
        entityId: duty.id,
        data: {
          confirmationId: confirmation.id,
          status: { from: "open", to: "submitted" },
          channel: request.channel,
          hasReceiptNumber: Boolean(request.receiptNumber),
          uploadId,
          remindersCancelled: stopped.length,
        },
      });
      return { confirmationId: confirmation.id };
    }),
  );
}
