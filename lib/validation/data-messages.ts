import type { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { fieldLabel, ruleText, toFieldIssues } from "./messages";

/**
 * Rule and field texts of the data tools (CSV import, card checks, hours, calendar feeds). They extend the
 * shared ones in messages.ts, which they fall back to, so every message still names the field and the rule.
 */
const RULES: Record<string, { ja: string; en: string }> = {
  not_in_future: { ja: "今日より後の日付は入力できません", en: "must not be after today" },
  ok_requires_original: {
    ja: "「問題なし」とするには在留カード原本の表裏の確認が必要です",
    en: "an OK result needs the original card seen, front and back",
  },
  ok_requires_lapse_check: {
    ja: "「問題なし」とするには失効情報照会の実施が必要です",
    en: "an OK result needs the ISA lapse check done",
  },
  ok_requires_designation: {
    ja: "この在留資格では「問題なし」とするには指定書の確認が必要です",
    en: "for this status an OK result needs the designation (指定書) read",
  },
  csv_encoding: {
    ja: "文字コードを判別できません (UTF-8 又は Shift_JIS で保存してください)",
    en: "could not be decoded: save the file as UTF-8 or Shift_JIS",
  },
  csv_format: { ja: "CSV として読み取れません", en: "is not readable as CSV" },
  csv_empty: { ja: "データ行がありません", en: "has no data rows" },
  csv_too_many_rows: { ja: "行数が上限 ({n} 行) を超えています", en: "has more rows than the limit of {n}" },
  csv_too_large: { ja: "ファイルが大きすぎます (上限 {n} MB)", en: "is too large (limit {n} MB)" },
  unknown_column: {
    ja: "この列名は使えません (テンプレートの列名を使ってください)",
    en: "is not a known column (use the template's headers)",
  },
  missing_column: { ja: "必須の列がありません", en: "is a required column that is missing" },
  duplicate_column: { ja: "同じ列が2回あります", en: "appears twice" },
  boolean_value: {
    ja: "「はい」「いいえ」(又は yes/no, 1/0) で入力してください",
    en: "must be yes/no (or はい/いいえ, 1/0)",
  },
  duplicate_in_file: { ja: "ファイル内で重複しています", en: "appears more than once in the file" },
  already_registered: {
    ja: "同じ値の従業員がすでに登録されています",
    en: "is already used by a registered employee",
  },
  unknown_workplace: {
    ja: "会社情報に登録された事業所名と一致しません",
    en: "matches no workplace registered in the company settings",
  },
  unknown_employee: {
    ja: "該当する従業員が見つかりません (社員番号を確認してください)",
    en: "matches no employee (check the employee number)",
  },
  hours_range: {
    ja: "0〜24 の数値 (小数2桁まで) で入力してください",
    en: "must be a number from 0 to 24 (at most 2 decimals)",
  },
  no_hours_rule: {
    ja: "この従業員は資格外活動許可 (包括) の時間管理の対象外です",
    en: "is not under the 28-hour rule (no comprehensive permission)",
  },
  range_order: { ja: "開始日より前の日付は入力できません", en: "must not be before the start date" },
  range_too_long: { ja: "期間は1年以内にしてください", en: "must be at most a year after the start" },
  file_empty: { ja: "ファイルが空です", en: "is empty" },
  file_too_large: { ja: "10MB 以下のファイルにしてください", en: "must be at most 10 MB" },
  file_type: {
    ja: "PNG・JPEG・PDF のファイルにしてください (内容で判定します)",
    en: "must be a PNG, JPEG or PDF file (checked by content)",
  },
};

const FIELDS: Record<string, { ja: string; en: string }> = {
  checkedOn: { ja: "確認日", en: "Checked on" },
  originalSeen: { ja: "原本 (表・裏) の確認", en: "Original seen (front and back)" },
  lapseCheckDone: { ja: "失効情報照会", en: "ISA lapse check" },
  icChipRead: { ja: "IC チップの読取り", en: "IC chip read" },
  designationRead: { ja: "指定書の確認", en: "Designation (指定書) read" },
  result: { ja: "結果", en: "Result" },
  note: { ja: "メモ", en: "Note" },
  file: { ja: "ファイル", en: "File" },
  screenshot: { ja: "スクリーンショット", en: "Screenshot" },
  header: { ja: "見出し行", en: "Header row" },
  date: { ja: "日付", en: "Date" },
  hours: { ja: "時間", en: "Hours" },
  startsOn: { ja: "開始日", en: "Starts on" },
  endsOn: { ja: "終了日", en: "Ends on" },
  employee: { ja: "従業員", en: "Employee" },
  from: { ja: "期間の開始", en: "Period from" },
  to: { ja: "期間の終了", en: "Period to" },
};

export function dataFieldLabel(field: string, locale: HrLocale): string {
  const key = field.split(".").at(-1) ?? field;
  return FIELDS[key]?.[locale] ?? fieldLabel(field, locale);
}

export function dataRuleText(rule: string, locale: HrLocale): string {
  const [key, n] = rule.split(":");
  const text = RULES[key ?? ""]?.[locale];
  if (!text) return ruleText(rule, locale);
  return n ? text.replace("{n}", n) : text;
}

/** One issue, worded like toFieldIssues: "<field>: <rule>". */
export function dataIssue(field: string, rule: string, locale: HrLocale, label?: string): FieldIssue {
  return { field, rule, message: `${label ?? dataFieldLabel(field, locale)}: ${dataRuleText(rule, locale)}` };
}

/** zod issues → field issues, knowing the data tools' own rules (a schema's message names the rule) and fields. */
export function toDataFieldIssues(error: z.ZodError, locale: HrLocale): FieldIssue[] {
  const shared = toFieldIssues(error, locale);
  return error.issues.map((issue, i) => {
    const base = shared[i] ?? { field: issue.path.join("."), message: issue.message };
    const own = RULES[issue.message.split(":")[0] ?? ""] !== undefined ? issue.message : null;
    const rule = own ?? base.rule ?? "";
    const known = own !== null || FIELDS[base.field.split(".").at(-1) ?? ""] !== undefined;
    return known ? dataIssue(base.field, rule, locale) : base;
  });
}
