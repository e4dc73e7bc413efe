import type { Bilingual } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export type HrStage = "created" | "reminder" | "tomorrow" | "today" | "overdue" | "escalation" | "expired";
export type DutyHrEmailProps = {
  stage: HrStage;
  employeeName: string;
  companyName: string;
  title: Bilingual;
  dueDate: string;
  /** Negative once overdue. */
  daysLeft: number;
  owner: "employee" | "employer";
  toConfirm: boolean;
  url: string;
};

const SUBJECT: Record<HrStage, Bilingual> = {
  created: { ja: "【新しい手続き】{title} ({name})", en: "New duty: {title} ({name})" },
  reminder: { ja: "【期限まであと{days}日】{title} ({name})", en: "{days} days left: {title} ({name})" },
  tomorrow: { ja: "【明日が期限】{title} ({name})", en: "Due tomorrow: {title} ({name})" },
  today: { ja: "【本日期限】{title} ({name})", en: "Due today: {title} ({name})" },
  overdue: { ja: "【期限超過 {late}日】{title} ({name})", en: "Overdue by {late} days: {title} ({name})" },
  escalation: {
    ja: "【要対応・期限超過 {late}日】{title} ({name})",
    en: "Escalation, overdue by {late} days: {title} ({name})",
  },
  expired: {
    ja: "【在留期間満了・申請記録なし】{name}",
    en: "Period of stay expired, no application on record: {name}",
  },
};

const LEAD: Record<HrStage, Bilingual> = {
  created: { ja: "{name} さんに次の手続きが必要です。", en: "{name} has a new duty." },
  reminder: { ja: "期限まであと{days}日です。", en: "The deadline is {days} days away." },
  tomorrow: { ja: "明日が期限です。", en: "The deadline is tomorrow." },
  today: { ja: "本日が期限です。", en: "The deadline is today." },
  overdue: {
    ja: "期限を{late}日過ぎています。本人に確認してください。",
    en: "The deadline passed {late} days ago. Please check with the employee.",
  },
  escalation: {
    ja: "期限を{late}日過ぎても完了の記録がありません。オーナーとして対応を確認してください。",
    en: "Still not done {late} days after the deadline. As an owner, please make sure it is handled.",
  },
  expired: {
    ja: "在留期間の満了日を過ぎていますが、更新申請の記録がありません。申請済みなら受付日を記録してください。未申請なら就労させず、直ちに専門家に相談してください。",
    en: "The period of stay has expired and no renewal application is recorded. If it was filed, record the receipt date. If not, the person may not work: get professional advice now.",
  },
};

const fillIn = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (w, k: string) => (k in v ? String(v[k]) : w));

/** HR reminders in Japanese and English in one message (HR teams read both; the row has one send). */
export function dutyHrEmail(p: DutyHrEmailProps): RenderedEmail {
  const v = { name: p.employeeName, days: p.daysLeft, late: -p.daysLeft };
  const subject = `${fillIn(SUBJECT[p.stage].ja, { ...v, title: p.title.ja })} / ${fillIn(SUBJECT[p.stage].en, { ...v, title: p.title.en })}`;
  const isAlert = ["overdue", "escalation", "expired", "today"].includes(p.stage);
  const block = (lang: "ja" | "en") => {
    const due = formatDate(p.dueDate, lang);
    const who =
      p.owner === "employee"
        ? lang === "ja"
          ? "本人が届け出ます"
          : "Filed by the employee"
        : lang === "ja"
          ? "会社が届け出ます"
          : "Filed by the company";
    const confirm = p.toConfirm
      ? `<p style="margin:4px 0;color:#9a6700">${lang === "ja" ? "要確認: 解釈が定まっていない点があります" : "To confirm: a point of law is not settled"}</p>`
      : "";
    return `<div lang="${lang}" style="margin:0 0 16px"><p style="margin:0 0 8px">${esc(fillIn(LEAD[p.stage][lang], v))}</p>
<div style="padding:12px 16px;border-radius:6px;border:1px solid ${isAlert ? "#cf222e" : "#d8dee4"};background:${isAlert ? "#ffebe9" : "#f6f8fa"}">
<div style="font-weight:600">${esc(p.title[lang])}</div><div>${esc(p.employeeName)} · ${esc(who)}</div>
<div style="font-size:18px;font-weight:700">${lang === "ja" ? "期限" : "Deadline"}: ${esc(due)}</div></div>${confirm}</div>`;
  };
  const html = `${block("ja")}${block("en")}${button(p.url, "Zairyu で開く / Open in Zairyu")}`;
  const text = (["ja", "en"] as const)
    .map(
      (lang) =>
        `${fillIn(LEAD[p.stage][lang], v)}\n${p.title[lang]}\n${p.employeeName}\n${lang === "ja" ? "期限" : "Deadline"}: ${formatDate(p.dueDate, lang)}`,
    )
    .join("\n\n");
  const footer = `${p.companyName} · Zairyu — 公開情報に基づく期限の計算であり、法的助言ではありません。 / Deadlines from public sources; not legal advice.`;
  return {
    subject,
    html: htmlFrame({ lang: "ja", title: subject, body: html, footer: esc(footer) }),
    text: `${text}\n\n${p.url}\n\n--\n${footer}\n`,
  };
}
