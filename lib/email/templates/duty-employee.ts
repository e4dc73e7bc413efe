import type { DutyCode } from "@/lib/compliance";
import { EMPLOYEE_EMAIL_COPY, fill } from "@/lib/email/copy";
import { dutyText } from "@/lib/i18n/employee";
import { formatDate } from "@/lib/i18n/format";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export type EmailStage = "created" | "reminder" | "tomorrow" | "today" | "overdue";
export type FilingOffice = { name: string; nameEn: string; address: string | null; phone: string | null };
export type DutyEmployeeEmailProps = {
  language: EmployeeLanguage;
  stage: EmailStage;
  employeeName: string;
  companyName: string;
  duty: { code: DutyCode; dueDate: string; toConfirm: boolean };
  daysLeft: number;
  link: string;
  /** ISA e-notification system: only for duties it accepts (19-16 notifications). */
  onlineUrl: string | null;
  procedureUrl: string | null;
  office: FilingOffice | null;
};

/** ja and en have a house format; other languages get their own long date with the ISO date beside it. */
export function deadlineText(iso: string, language: EmployeeLanguage): string {
  return language === "ja" || language === "en"
    ? formatDate(iso, language)
    : `${formatDate(iso, language)} (${iso})`;
}

/** The employee's email, in their language: the duty, the deadline, where and how, and their link. */
export function dutyEmployeeEmail(p: DutyEmployeeEmailProps): RenderedEmail {
  const c = EMPLOYEE_EMAIL_COPY[p.language];
  const t = dutyText(p.duty.code, p.language);
  const date = deadlineText(p.duty.dueDate, p.language);
  const values = { title: t.title, name: p.employeeName, company: p.companyName, date, days: p.daysLeft };
  const subject = fill(c.subject[p.stage], values);
  const lead = fill(c.lead[p.stage], values);
  const officeLine = p.office
    ? [
        p.language === "ja" ? p.office.name : `${p.office.nameEn} (${p.office.name})`,
        p.office.address,
        p.office.phone,
      ]
        .filter(Boolean)
        .join(" / ")
    : null;
  const isLate = p.stage === "overdue" || p.stage === "today";

  const html = [
    `<p>${esc(fill(c.greeting, values))}</p>`,
    `<p>${esc(lead)}</p>`,
    `<div style="margin:16px 0;padding:12px 16px;border-radius:6px;border:1px solid ${isLate ? "#cf222e" : "#d8dee4"};background:${isLate ? "#ffebe9" : "#f6f8fa"}">`,
    `<div style="font-size:14px;color:#57606a">${esc(c.deadline)}</div>`,
    `<div style="font-size:22px;font-weight:700">${esc(date)}</div>`,
    `<div style="font-size:16px;font-weight:600;margin-top:8px">${esc(t.title)}</div></div>`,
    `<h3 style="font-size:16px;margin:16px 0 4px">${esc(c.whatToDo)}</h3><p style="margin:0">${esc(t.what)}</p>`,
    p.duty.toConfirm ? `<p style="margin:8px 0 0;color:#9a6700">${esc(c.toConfirm)}</p>` : "",
    t.prepare.length
      ? `<h3 style="font-size:16px;margin:16px 0 4px">${esc(c.prepare)}</h3><ul style="margin:0;padding-left:20px">${t.prepare.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>`
      : "",
    `<h3 style="font-size:16px;margin:16px 0 4px">${esc(c.where)}</h3><p style="margin:0">${esc(t.where)}</p>`,
    p.onlineUrl
      ? `<p style="margin:8px 0 0">${esc(c.online)}<br><a href="${esc(p.onlineUrl)}">${esc(p.onlineUrl)}</a></p>`
      : "",
    p.procedureUrl
      ? `<p style="margin:8px 0 0">${esc(c.procedure)}<br><a href="${esc(p.procedureUrl)}">${esc(p.procedureUrl)}</a></p>`
      : "",
    officeLine ? `<p style="margin:8px 0 0">${esc(c.office)}<br>${esc(officeLine)}</p>` : "",
    button(p.link, c.button),
    `<p style="font-size:13px;color:#57606a">${esc(c.buttonHint)}</p>`,
  ].join("");

  const text = [
    fill(c.greeting, values),
    "",
    lead,
    "",
    `${c.deadline}: ${date}`,
    t.title,
    "",
    `${c.whatToDo}: ${t.what}`,
    ...(p.duty.toConfirm ? [c.toConfirm] : []),
    ...(t.prepare.length ? ["", `${c.prepare}:`, ...t.prepare.map((x) => `- ${x}`)] : []),
    "",
    `${c.where}: ${t.where}`,
    ...(p.onlineUrl ? [`${c.online} ${p.onlineUrl}`] : []),
    ...(p.procedureUrl ? [`${c.procedure} ${p.procedureUrl}`] : []),
    ...(officeLine ? [`${c.office} ${officeLine}`] : []),
    "",
    `${c.button}: ${p.link}`,
    c.buttonHint,
    "",
    "--",
    fill(c.footer, values),
    "",
  ].join("\n");
  return {
    subject,
    html: htmlFrame({ lang: p.language, title: subject, body: html, footer: esc(fill(c.footer, values)) }),
    text,
  };
}
