import { and, asc, eq, inArray } from "drizzle-orm";
import { cardSubmissions, confirmations, duties, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "../context";

export type QueuedConfirmation = {
  id: string;
  dutyId: string;
  employeeId: string;
  employeeName: string;
  rule: string;
  code: string;
  triggerDate: string;
  dueDate: string;
  filedOn: string;
  channel: "online" | "counter" | "post";
  receiptNumber: string | null;
  uploadId: string | null;
  createdAt: Date;
};

export type QueuedCardSubmission = {
  id: string;
  employeeId: string;
  employeeName: string;
  statusCode: string;
  periodOfStayExpiresOn: string | null;
  cardExpiresOn: string | null;
  cardNumberLast4: string | null;
  frontUploadId: string | null;
  backUploadId: string | null;
  createdAt: Date;
};

/** HR's review queue: what employees sent and nobody has decided yet, oldest first. */
export async function listReviewQueue(
  ctx: ServiceContext,
): Promise<{ confirmations: QueuedConfirmation[]; cards: QueuedCardSubmission[] }> {
  return withTenant(ctx, async (tx) => {
    const confirmationRows = await tx
      .select({
        id: confirmations.id,
        dutyId: confirmations.dutyId,
        employeeId: confirmations.employeeId,
        employeeName: employees.nameOnCard,
        rule: duties.rule,
        code: duties.code,
        triggerDate: duties.triggerDate,
        dueDate: duties.dueDate,
        filedOn: confirmations.filedOn,
        channel: confirmations.channel,
        receiptNumber: confirmations.receiptNumber,
        uploadId: confirmations.uploadId,
        createdAt: confirmations.createdAt,
      })
      .from(confirmations)
      .innerJoin(
        duties,
        and(eq(duties.companyId, confirmations.companyId), eq(duties.id, confirmations.dutyId)),
      )
      .innerJoin(
        employees,
        and(eq(employees.companyId, confirmations.companyId), eq(employees.id, confirmations.employeeId)),
      )
      .where(
        and(
          eq(confirmations.companyId, ctx.companyId),
          eq(confirmations.status, "pending"),
          inArray(duties.status, ["submitted", "open"]),
        ),
      )
      .orderBy(asc(confirmations.createdAt));
    const cardRows = await tx
      .select({
        id: cardSubmissions.id,
        employeeId: cardSubmissions.employeeId,
        employeeName: employees.nameOnCard,
        data: cardSubmissions.data,
        frontUploadId: cardSubmissions.frontUploadId,
        backUploadId: cardSubmissions.backUploadId,
        createdAt: cardSubmissions.createdAt,
      })
      .from(cardSubmissions)
      .innerJoin(
        employees,
        and(eq(employees.companyId, cardSubmissions.companyId), eq(employees.id, cardSubmissions.employeeId)),
      )
      .where(and(eq(cardSubmissions.companyId, ctx.companyId), eq(cardSubmissions.status, "pending")))
      .orderBy(asc(cardSubmissions.createdAt));
    return {
      confirmations: confirmationRows,
      cards: cardRows.map(({ data, ...row }) => ({ ...row, ...cardSummary(data) })),
    };
  });
}

/** The reviewable part of a submission's data: never the encrypted number, only its last four. */
export function cardSummary(data: Record<string, unknown>) {
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
  return {
    statusCode: text("statusCode") ?? "",
    periodOfStayExpiresOn: text("periodOfStayExpiresOn"),
    cardExpiresOn: text("cardExpiresOn"),
    cardNumberLast4: text("cardNumberLast4"),
  };
}
