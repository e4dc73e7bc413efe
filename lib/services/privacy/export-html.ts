import { esc } from "@/lib/email/layout";
import { formatDate } from "@/lib/i18n/format";
import type { HrLocale } from "@/lib/i18n/languages";
import { fieldLabel } from "@/lib/validation/messages";
import type { EmployeeExport } from "./export-employee";

/**
 * The export as a printable HTML document (the PDF is this, printed by Chromium). Every value is
 * escaped; the document has no script and loads nothing. One table per record, label beside value,
 * so a long record wraps on a page instead of running off it.
 */
const SECTION_TITLES: Record<string, { ja: string; en: string }> = {
  employee: { ja: "本人情報", en: "Personal details" },
  cardRecords: { ja: "在留カード", en: "Residence cards" },
  events: { ja: "出来事", en: "Events" },
  duties: { ja: "届出などの義務", en: "Duties" },
  notifications: { ja: "通知", en: "Notifications" },
  employeeLinks: { ja: "本人用リンク", en: "Personal links" },
  uploads: { ja: "アップロードされたファイル", en: "Uploaded files" },
  confirmations: { ja: "届出済みの報告", en: "Filing confirmations" },
  cardSubmissions: { ja: "在留カードの提出", en: "Card submissions" },
  cardChecks: { ja: "在留カードの確認記録", en: "Card checks" },
  shifts: { ja: "勤務時間", en: "Shifts" },
  longVacations: { ja: "長期休暇期間", en: "Long vacations" },
  auditTrail: { ja: "操作の記録", en: "Audit trail" },
};

const TEXT = {
  ja: {
    title: "保有個人データの開示",
    company: "事業者",
    exportedAt: "作成日時",
    none: "なし",
    yes: "はい",
    no: "いいえ",
    record: "件目",
  },
  en: {
    title: "Disclosure of personal data held",
    company: "Held by",
    exportedAt: "Produced at",
    none: "None",
    yes: "Yes",
    no: "No",
    record: "Record",
  },
} as const;

export function exportHtml(data: EmployeeExport, locale: HrLocale): string {
  const t = TEXT[locale];
  const employee = data.sections.find((s) => s.key === "employee")?.rows[0] ?? {};
  const sections = data.sections.map((section) => {
    const title = SECTION_TITLES[section.key]?.[locale] ?? section.key;
    const body =
      section.rows.length === 0
        ? `<p class="none">${t.none}</p>`
        : section.rows.map((row, i) => recordTable(row, i, section.rows.length, locale)).join("");
    return `<section><h2>${esc(title)} <span class="count">(${section.rows.length})</span></h2>${body}</section>`;
  });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(t.title)}</title><style>${CSS}</style></head><body>
<h1>${esc(t.title)}</h1>
<p class="subject">${esc(String(employee.nameOnCard ?? ""))}</p>
<p class="meta">${esc(t.company)}: ${esc(data.company.name)} · ${esc(t.exportedAt)}: ${esc(timestamp(new Date(data.exportedAt), locale))} · ${esc(data.format)}</p>
${sections.join("\n")}
</body></html>`;
}

function recordTable(row: Record<string, unknown>, index: number, total: number, locale: HrLocale): string {
  const t = TEXT[locale];
  const caption =
    total > 1
      ? `<caption>${locale === "ja" ? `${index + 1}${t.record}` : `${t.record} ${index + 1}`}</caption>`
      : "";
  const cells = Object.entries(row).map(
    ([key, value]) => `<tr><th>${esc(label(key, locale))}</th><td>${esc(show(value, locale))}</td></tr>`,
  );
  return `<table>${caption}${cells.join("")}</table>`;
}

function label(key: string, locale: HrLocale): string {
  const known = fieldLabel(key, locale);
  return known !== key ? known : key.replace(/([A-Z])/g, " $1").toLowerCase();
}

function show(value: unknown, locale: HrLocale): string {
  const t = TEXT[locale];
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (value instanceof Date) return timestamp(value, locale);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Instants are shown in Japan time, where the HR team and the employee are. */
function timestamp(date: Date, locale: HrLocale): string {
  return `${new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" }).format(date)} JST`;
}

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "IPAGothic", "IPAexGothic", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 9pt; color: #1f2328; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
.subject { font-size: 13pt; font-weight: 700; margin: 0; }
.meta { color: #57606a; margin: 2pt 0 10pt; }
h2 { font-size: 11pt; border-bottom: 1px solid #0b5cad; color: #0b5cad; margin: 12pt 0 4pt; break-after: avoid; }
.count { color: #57606a; font-weight: 400; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; break-inside: avoid; }
caption { text-align: left; font-weight: 700; padding: 2pt 0; }
th, td { border: 1px solid #d8dee4; padding: 2pt 4pt; text-align: left; vertical-align: top; word-break: break-all; }
th { width: 32%; background: #f4f5f7; font-weight: 600; }
.none { color: #57606a; }
`;
