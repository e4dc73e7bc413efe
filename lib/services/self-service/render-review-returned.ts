import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardSubmissions, companies, confirmations, duties, employees, type Notification } from "@/db/schema";
import type { DutyCode } from "@/lib/compliance";
import type { RenderedEmail } from "@/lib/email/mailer";
import { reviewReturnedEmail } from "@/lib/email/templates/review-returned";
import { dutyText } from "@/lib/i18n/employee";
import { issueEmployeeLink } from "./employee-link";
import { parseReviewReturnedKey } from "./review-notifications";

export type RenderedReviewReturned =
  | { to: string[]; email: RenderedEmail; tokenId: string | null }
  | { skip: string };

/**
 * Turns a claimed `review_returned` notification row into its email, inside the sender's tenant
 * transaction (the same shape as the pipeline's renderNotification, which delegates this kind here).
 * The reviewed item is named by the row's dedupe key; a fresh personal link is issued in the same
 * transaction, so the raw token exists only in the email.
 */
export async function renderReviewReturned(tx: Tx, row: Notification): Promise<RenderedReviewReturned> {
  const item = parseReviewReturnedKey(row.dedupeKey);
  if (!item || !row.employeeId) return { skip: "not a review_returned row" };
  const [employee] = await tx
    .select({
      id: employees.id,
      name: employees.nameOnCard,
      email: employees.email,
      language: employees.preferredLanguage,
      archivedAt: employees.archivedAt,
    })
    .from(employees)
    .where(and(eq(employees.companyId, row.companyId), eq(employees.id, row.employeeId)));
  if (!employee || employee.archivedAt) return { skip: "employee archived or deleted" };
  if (!employee.email) return { skip: "employee has no email address" };
  const [company] = await tx
    .select({ name: companies.legalNameJa })
    .from(companies)
    .where(eq(companies.id, row.companyId));
  if (!company) return { skip: "company deleted" };
  let subject: { kind: "confirmation"; title: string } | { kind: "card" };
  let comment: string | null;
  if (item.item === "confirmation") {
    const [found] = await tx
      .select({ status: confirmations.status, comment: confirmations.reviewComment, code: duties.code })
      .from(confirmations)
      .innerJoin(
        duties,
        and(eq(duties.companyId, confirmations.companyId), eq(duties.id, confirmations.dutyId)),
      )
      .where(and(eq(confirmations.companyId, row.companyId), eq(confirmations.id, item.id)));
    if (found?.status !== "returned") return { skip: "confirmation no longer returned" };
    subject = {
      kind: "confirmation",
      title: dutyText(found.code as DutyCode, employee.language)?.title ?? found.code,
    };
    comment = found.comment;
  } else {
    const [found] = await tx
      .select({ status: cardSubmissions.status, comment: cardSubmissions.reviewComment })
      .from(cardSubmissions)
      .where(and(eq(cardSubmissions.companyId, row.companyId), eq(cardSubmissions.id, item.id)));
    if (found?.status !== "returned") return { skip: "card submission no longer returned" };
    subject = { kind: "card" };
    comment = found.comment;
  }
  const link = await issueEmployeeLink(tx, { companyId: row.companyId, employeeId: employee.id });
  const email = reviewReturnedEmail({
    language: employee.language,
    employeeName: employee.name,
    companyName: company.name,
    item: subject,
    comment: comment ?? "",
    url: link.url,
  });
  return { to: [employee.email], email, tokenId: link.tokenId };
}
