import { formatDate } from "@/lib/i18n/format";
import type { HrLocale } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export type DigestItem = { employeeName: string; title: string; dueDate: string };
export type DigestEmailProps = {
  locale: HrLocale;
  companyName: string;
  today: string;
  overdue: DigestItem[];
  dueThisWeek: DigestItem[];
  renewals: DigestItem[];
  url: string;
  settingsUrl: string;
};

const WORDS = {
  ja: {
    subject: "【Zairyu】{company} 本日の手続き一覧 ({date})",
    overdue: "期限超過",
    week: "今週が期限",
    renewals: "更新申請の期間中",
    none: "なし",
    open: "Zairyu で開く",
    optOut: "このメールの受け取りは「通知設定」で停止できます。",
    legal: "公開情報に基づく期限の計算であり、法的助言ではありません。",
  },
  en: {
    subject: "[Zairyu] {company}: today's duties ({date})",
    overdue: "Overdue",
    week: "Due this week",
    renewals: "Renewal window open",
    none: "None",
    open: "Open in Zairyu",
    optOut: "You can stop this email in Notification settings.",
    legal: "Deadlines are worked out from public sources; not legal advice.",
  },
} as const;

/** The daily HR digest, one per member (their own language; each can opt out). */
export function digestEmail(p: DigestEmailProps): RenderedEmail {
  const w = WORDS[p.locale];
  const date = formatDate(p.today, p.locale);
  const subject = w.subject.replace("{company}", p.companyName).replace("{date}", date);
  const section = (label: string, items: DigestItem[], isAlert: boolean) =>
    `<h3 style="font-size:16px;margin:16px 0 4px;color:${isAlert && items.length ? "#cf222e" : "#1f2328"}">${esc(label)} (${items.length})</h3>` +
    (items.length
      ? `<ul style="margin:0;padding-left:20px">${items.map((i) => `<li>${esc(formatDate(i.dueDate, p.locale))} — ${esc(i.employeeName)}: ${esc(i.title)}</li>`).join("")}</ul>`
      : `<p style="margin:0;color:#57606a">${esc(w.none)}</p>`);
  const textSection = (label: string, items: DigestItem[]) =>
    [
      `${label} (${items.length})`,
      ...(items.length
        ? items.map((i) => `- ${formatDate(i.dueDate, p.locale)} ${i.employeeName}: ${i.title}`)
        : [`- ${w.none}`]),
    ].join("\n");
  const html = `${section(w.overdue, p.overdue, true)}${section(w.week, p.dueThisWeek, false)}${section(w.renewals, p.renewals, false)}${button(p.url, w.open)}`;
  const footer = `${w.legal} <a href="${esc(p.settingsUrl)}">${esc(w.optOut)}</a>`;
  const text = [
    textSection(w.overdue, p.overdue),
    textSection(w.week, p.dueThisWeek),
    textSection(w.renewals, p.renewals),
    "",
    p.url,
    "",
    "--",
    w.legal,
    `${w.optOut} ${p.settingsUrl}`,
    "",
  ].join("\n\n");
  return { subject, html: htmlFrame({ lang: p.locale, title: subject, body: html, footer }), text };
}
