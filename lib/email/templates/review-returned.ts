import { EMPLOYEE_EMAIL_COPY, fill } from "@/lib/email/copy";
import { fillCopy, pageCopy } from "@/lib/i18n/employee/page";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export type ReviewReturnedEmailProps = {
  language: EmployeeLanguage;
  employeeName: string;
  companyName: string;
  /** A filing confirmation (with the duty's title in the employee's language) or a card submission. */
  item: { kind: "confirmation"; title: string } | { kind: "card" };
  /** HR's words, shown as written (escaped). */
  comment: string;
  url: string;
};

/** HR sent a confirmation or a new card back: what it was, HR's comment, and the personal link. */
export function reviewReturnedEmail(p: ReviewReturnedEmailProps): RenderedEmail {
  const chrome = EMPLOYEE_EMAIL_COPY[p.language];
  const copy = pageCopy(p.language);
  const title = p.item.kind === "confirmation" ? p.item.title : copy.card.heading;
  const values = { name: p.employeeName, company: p.companyName, title };
  const subject = fillCopy(copy.email.returnedSubject, values);
  const lead = fillCopy(
    p.item.kind === "confirmation" ? copy.email.returnedLead : copy.email.returnedCardLead,
    values,
  );
  const footer = fill(chrome.footer, values);
  const html = [
    `<p>${esc(fill(chrome.greeting, values))}</p>`,
    `<p>${esc(lead)}</p>`,
    `<p style="font-weight:600;margin:16px 0 4px">${esc(title)}</p>`,
    `<div style="margin:8px 0 16px;padding:12px 16px;border-left:4px solid #9a6700;background:#fff8c5">`,
    `<div style="font-size:14px;color:#57606a">${esc(copy.email.returnedComment)}</div>`,
    `<div style="white-space:pre-wrap">${esc(p.comment)}</div></div>`,
    button(p.url, copy.email.returnedButton),
    `<p style="font-size:13px;color:#57606a">${esc(copy.email.linkHint)}</p>`,
  ].join("");
  const text = [
    fill(chrome.greeting, values),
    "",
    lead,
    "",
    title,
    "",
    `${copy.email.returnedComment}:`,
    p.comment,
    "",
    `${copy.email.returnedButton}: ${p.url}`,
    copy.email.linkHint,
    "",
    "--",
    footer,
    "",
  ].join("\n");
  return {
    subject,
    html: htmlFrame({ lang: p.language, title: subject, body: html, footer: esc(footer) }),
    text,
  };
}
