import type { Tx } from "@/db/client";
import type { Notification } from "@/db/schema";
import { type DutyCode, daysBetween, ruleByRef } from "@/lib/compliance";
import type { RenderedEmail } from "@/lib/email/mailer";
import { dutyEmployeeEmail, type EmailStage } from "@/lib/email/templates/duty-employee";
import { dutyHrEmail, type HrStage } from "@/lib/email/templates/duty-hr";
import { getEnv } from "@/lib/env";
import { issueEmployeeLinks } from "@/lib/services/self-service/employee-link";
import { renderReviewReturned } from "@/lib/services/self-service/render-review-returned";
import { filingInfo } from "./filing-info";
import { hrMembers, loadCompany, loadDutiesAndEmployees } from "./load-notification";
import { type DigestLists, digestFor, loadDigestLists } from "./render-digest";

export type Rendered = { to: string[]; email: RenderedEmail; tokenId: string | null } | { skip: string };

function stageOf(kind: string, daysLeft: number): EmailStage {
  if (kind === "created") return "created";
  if (kind === "overdue" || daysLeft < 0) return "overdue";
  if (daysLeft === 0) return "today";
  return daysLeft === 1 ? "tomorrow" : "reminder";
}

/** The render's reads that need nothing from the claim: the company, the rows' duties and employees, HR. */
export type RenderFacts = {
  company: Awaited<ReturnType<typeof loadCompany>>;
  found: Awaited<ReturnType<typeof loadDutiesAndEmployees>>;
  members: Awaited<ReturnType<typeof hrMembers>>;
};

/**
 * Issued together with the claim (./send-notifications.ts), for all of the batch's ids: postgres.js
 * pipelines the statements on the transaction's connection, so claim and reads are one round trip.
 * Rows the claim does not win are read for nothing, which costs less than a second round trip.
 */
export async function loadRenderFacts(
  tx: Tx,
  companyId: string,
  notificationIds: readonly string[],
): Promise<RenderFacts> {
  const [company, found, members] = await Promise.all([
    loadCompany(tx, companyId),
    loadDutiesAndEmployees(tx, companyId, notificationIds),
    hrMembers(tx, companyId),
  ]);
  return { company, found, members };
}

/**
 * Everything a batch of claimed rows (one company) needs to become emails, read set-based in the
 * claim's tenant transaction (`facts`, read with the claim, and the digest lists when a digest is
 * among the rows), whatever the batch's size. Each email is worded for its recipient (the employee's
 * language; HR's locale). The employees' personal links are issued here, at send time, in that same
 * transaction (one insert): the raw token then exists only in the email, never at rest in the outbox,
 * and a failed send revokes it. The result is in the order of `rows`.
 */
export async function renderNotifications(
  tx: Tx,
  companyId: string,
  rows: readonly Notification[],
  today: string,
  { company, found, members }: RenderFacts,
): Promise<Rendered[]> {
  if (rows.length === 0) return [];
  const isDutyRow = (r: Notification) => r.kind !== "digest" && r.kind !== "review_returned" && r.dutyId;
  const byDuty = new Map(found.map((f) => [f.duty.id, f]));

  const sendable = (row: Notification) => {
    const f = row.dutyId ? byDuty.get(row.dutyId) : undefined;
    if (f?.duty.status !== "open" || f.duty.mutedAt || f.employee.archivedAt) return undefined;
    return f;
  };
  const linkFor = rows.filter(
    (r) => isDutyRow(r) && r.recipientType === "employee" && sendable(r)?.employee.email,
  );
  // Independent writes and reads, issued together (one round trip).
  const [links, digest] = await Promise.all([
    issueEmployeeLinks(
      tx,
      companyId,
      linkFor.map((r) => sendable(r)?.employee.id ?? ""),
    ),
    rows.some((r) => r.kind === "digest") ? loadDigestLists(tx, companyId, today) : null,
  ]);
  const linkByRow = new Map(linkFor.map((r, i) => [r.id, links[i]]));

  const out: Rendered[] = [];
  for (const row of rows) {
    if (row.kind === "digest") out.push(renderDigestRow(row, members, digest, company.name, today));
    // HR sent a filing or a card back: the self-service side words that email (with HR's comment).
    else if (row.kind === "review_returned") out.push(await renderReviewReturned(tx, row));
    else if (!row.dutyId) out.push({ skip: "no duty" });
    else if (!byDuty.has(row.dutyId)) out.push({ skip: "duty deleted" });
    else {
      const f = sendable(row);
      out.push(
        f
          ? renderDutyRow(row, f, members, linkByRow.get(row.id), company, today)
          : { skip: "duty no longer open or muted" },
      );
    }
  }
  return out;
}

type Member = Awaited<ReturnType<typeof hrMembers>>[number];
type Found = Awaited<ReturnType<typeof loadDutiesAndEmployees>>[number];

function renderDigestRow(
  row: Notification,
  members: Member[],
  lists: DigestLists | null,
  companyName: string,
  today: string,
): Rendered {
  const member = members.find((m) => m.userId === row.recipientUserId);
  if (!member || !lists) return { skip: "no longer a member" };
  return { to: [member.email], email: digestFor(member.locale, lists, companyName, today), tokenId: null };
}

function renderDutyRow(
  row: Notification,
  { duty, employee }: Found,
  members: Member[],
  link: { url: string; tokenId: string } | undefined,
  company: { name: string; immigrationOffice: string | null },
  today: string,
): Rendered {
  const daysLeft = daysBetween(today, duty.dueDate);
  const code = duty.code as DutyCode;

  if (row.recipientType === "employee") {
    if (!employee.email || !link) return { skip: "employee has no email address" };
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
  const recipients = members.filter((m) => row.recipientType !== "owner" || m.role === "owner");
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
