import { EMPLOYEE_EMAIL_COPY, fill } from "@/lib/email/copy";
import { fillCopy, pageCopy } from "@/lib/i18n/employee/page";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export type EmployeeLinkEmailProps = {
  language: EmployeeLanguage;
  employeeName: string;
  companyName: string;
  url: string;
};

/** A fresh personal link that HR sent on request (the duty emails carry their own). */
export function employeeLinkEmail(p: EmployeeLinkEmailProps): RenderedEmail {
  const chrome = EMPLOYEE_EMAIL_COPY[p.language];
  const copy = pageCopy(p.language).email;
  const values = { name: p.employeeName, company: p.companyName };
  const subject = fillCopy(copy.linkSubject, values);
  const lead = fillCopy(copy.linkLead, values);
  const footer = fill(chrome.footer, values);
  const html = [
    `<p>${esc(fill(chrome.greeting, values))}</p>`,
    `<p>${esc(lead)}</p>`,
    button(p.url, copy.linkButton),
    `<p style="font-size:13px;color:#57606a">${esc(copy.linkHint)}</p>`,
  ].join("");
  const text = [
    fill(chrome.greeting, values),
    "",
    lead,
    "",
    `${copy.linkButton}: ${p.url}`,
    copy.linkHint,
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
