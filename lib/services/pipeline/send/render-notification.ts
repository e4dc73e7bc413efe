import type { Tx } from "@/db/client";
import type { Notification } from "@/db/schema";
import { type DutyCode, daysBetween, ruleByRef } from "@/lib/compliance";
import type { RenderedEmail } from "@/lib/email/mailer";
import { dutyEmployeeEmail, type EmailStage } from "@/lib/email/templates/duty-employee";
import { dutyHrEmail, type HrStage } from "@/lib/email/templates/duty-hr";
import { getEnv } from "@/lib/env";
import { issueEmployeeLink } from "@/lib/services/self-service/employee-link";
import { renderReviewReturned } from "@/lib/services/self-service/render-review-returned";
import { filingInfo } from "./filing-info";
import { loadCompany, loadDutyAndEmployee, memberAddresses } from "./load-notification";
import { renderDigest } from "./render-digest";

export type Rendered = { to: string[]; email: RenderedEmail; tokenId: string | null } | { skip: string };

function stageOf(kind: string, daysLeft: number): EmailStage {
  if (kind === "created") return "created";
  if (kind === "overdue" || daysLeft < 0) return "overdue";
  if (daysLeft === 0) return "today";
  return daysLeft === 1 ? "tomorrow" : "reminder";
}

/**
 * Everything one claimed row needs to become an email, read in the claim's tenant transaction. The
 * employee's personal link is issued here, at send time, in that same transaction: the raw token then
 * exists only in the email, never at rest in the outbox, and a failed send revokes it.
 */
export async function renderNotification(tx: Tx, row: Notification, today: string): Promise<Rendered> {
  const company = await loadCompany(tx, row.companyId);
  if (row.kind === "digest") return renderDigest(tx, row, company.name, today);
  // HR sent a filing or a card back: the self-service side words that email (with HR's comment).
  if (row.kind === "review_returned") return renderReviewReturned(tx, row);
  if (!row.dutyId) return { skip: "no duty" };
  const found = await loadDutyAndEmployee(tx, row.companyId, row.dutyId);
  if (!found) return { skip: "duty deleted" };
  const { duty, employee } = found;
  if (duty.status !== "open" || duty.mutedAt || employee.archivedAt)
    return { skip: "duty no longer open or muted" };
  const daysLeft = daysBetween(today, duty.dueDate);
  const code = duty.code as DutyCode;

  if (row.recipientType === "employee") {
    if (!employee.email) return { skip: "employee has no email address" };
    const link = await issueEmployeeLink(tx, { companyId: row.companyId, employeeId: employee.id });
    const email = dutyEmployeeEmail({
      language: employee.language,
      stage: stageOf(row.kind, daysLeft),
      employeeName: employee.name,
      companyName: company.name,
      duty: { code, dueDate: duty.dueDate, toConfirm: duty.toConfirm },
      daysLeft,
      link: link.url,
      ...filingInfo(code, company.immigrationOffice),
    });
    return { to: [employee.email], email, tokenId: link.tokenId };
  }
  const recipients = await memberAddresses(
    tx,
    row.companyId,
    row.recipientType === "owner" ? ["owner"] : ["owner", "admin", "hr"],
  );
  if (recipients.length === 0) return { skip: "no HR recipient" };
  const rule = ruleByRef(duty.rule);
  const stage: HrStage =
    row.kind === "escalation" || row.kind === "expired" ? row.kind : stageOf(row.kind, daysLeft);
  const email = dutyHrEmail({
    stage,
    employeeName: employee.name,
    companyName: company.name,
    title: rule?.title ?? { ja: duty.code, en: duty.code },
    dueDate: duty.dueDate,
    daysLeft,
    owner: duty.owner,
    toConfirm: duty.toConfirm,
    url: `${getEnv().APP_URL}/employees/${employee.id}/events`,
  });
  return { to: recipients.map((r) => r.email), email, tokenId: null };
}
