import * as v from "./csv-values";

export type CsvColumn = {
  /** Where the value goes in ZCreateEmployeeRequest ("card." for card fields); "workplace" is resolved by name. */
  path: string;
  ja: string;
  en: string;
  aliases?: string[];
  required?: boolean;
  read: (cell: string | undefined) => unknown;
  example: string;
};

/**
 * The employee import's columns, in template order. Headers are matched loosely (NFKC, case, spaces and
 * brackets ignored) against the Japanese header, the English header, the field name and common aliases,
 * so a sheet exported from another HR system usually maps without editing.
 */
export const EMPLOYEE_COLUMNS: readonly CsvColumn[] = [
  {
    path: "employeeNumber",
    ja: "社員番号",
    en: "Employee number",
    aliases: ["従業員番号", "社員no"],
    read: v.text,
    example: "E1001",
  },
  {
    path: "nameOnCard",
    ja: "氏名(在留カード記載)",
    en: "Name (as on the card)",
    aliases: ["氏名", "ローマ字氏名", "氏名ローマ字", "name"],
    required: true,
    read: v.text,
    example: "NGUYEN VAN AN",
  },
  {
    path: "nameKana",
    ja: "氏名(カタカナ)",
    en: "Name (katakana)",
    aliases: ["フリガナ", "カナ", "カタカナ", "氏名カナ"],
    read: v.text,
    example: "グエン ヴァン アン",
  },
  {
    path: "nationality",
    ja: "国籍・地域",
    en: "Nationality",
    aliases: ["国籍", "地域", "country"],
    required: true,
    read: v.nationality,
    example: "ベトナム",
  },
  {
    path: "dateOfBirth",
    ja: "生年月日",
    en: "Date of birth",
    aliases: ["誕生日", "birthdate"],
    required: true,
    read: v.date,
    example: "1995-03-14",
  },
  { path: "sex", ja: "性別", en: "Sex", aliases: ["gender"], required: true, read: v.sex, example: "男" },
  {
    path: "email",
    ja: "メールアドレス",
    en: "Email",
    aliases: ["メール", "e-mail"],
    read: v.text,
    example: "an@example.com",
  },
  {
    path: "preferredLanguage",
    ja: "連絡言語",
    en: "Preferred language",
    aliases: ["言語", "language"],
    read: v.language,
    example: "ベトナム語",
  },
  {
    path: "department",
    ja: "部署",
    en: "Department",
    aliases: ["所属", "部門"],
    read: v.text,
    example: "開発部",
  },
  {
    path: "workplace",
    ja: "勤務先事業所",
    en: "Workplace",
    aliases: ["事業所", "勤務地"],
    read: v.text,
    example: "",
  },
  {
    path: "employmentStartedOn",
    ja: "雇用開始日",
    en: "Employment start",
    aliases: ["入社日", "雇入れ日"],
    read: v.date,
    example: "2025-04-01",
  },
  {
    path: "contractConcludedOn",
    ja: "雇用契約締結日",
    en: "Contract concluded on",
    aliases: ["契約締結日", "契約日"],
    read: v.date,
    example: "",
  },
  {
    path: "employmentEndedOn",
    ja: "雇用終了日",
    en: "Employment end",
    aliases: ["退職日", "離職日"],
    read: v.date,
    example: "",
  },
  {
    path: "employmentInsurance",
    ja: "雇用保険",
    en: "Employment insurance",
    aliases: ["雇用保険加入", "雇用保険被保険者"],
    read: v.bool,
    example: "はい",
  },
  {
    path: "isWorker",
    ja: "労働者",
    en: "Is a worker",
    aliases: ["労働者(役員でない)"],
    read: v.bool,
    example: "はい",
  },
  {
    path: "card.statusCode",
    ja: "在留資格",
    en: "Status of residence",
    aliases: ["status", "statuscode", "ビザ"],
    required: true,
    read: v.status,
    example: "技術・人文知識・国際業務",
  },
  {
    path: "card.holderRole",
    ja: "立場(本人・配偶者・子)",
    en: "Holder role",
    aliases: ["立場"],
    read: v.holderRole,
    example: "本人",
  },
  {
    path: "card.hsp2Activity",
    ja: "高度専門職2号の活動",
    en: "HSP (ii) activity",
    read: v.text,
    example: "",
  },
  {
    path: "card.periodOfStayExpiresOn",
    ja: "在留期間の満了日",
    en: "Period of stay expires on",
    aliases: ["在留期限", "在留期間満了日", "満了日", "在留期間"],
    read: v.date,
    example: "2027-09-30",
  },
  {
    path: "card.cardExpiresOn",
    ja: "在留カードの有効期限",
    en: "Card valid until",
    aliases: ["カード有効期限"],
    read: v.date,
    example: "",
  },
  {
    path: "card.cardNumber",
    ja: "在留カード番号",
    en: "Residence card number",
    aliases: ["カード番号"],
    read: v.text,
    example: "AB12345678CD",
  },
  {
    path: "card.workRestriction",
    ja: "就労制限の有無",
    en: "Work restriction",
    aliases: ["就労制限"],
    read: v.text,
    example: "在留資格に基づく就労活動のみ可",
  },
  {
    path: "card.extraActivityPermission",
    ja: "資格外活動許可",
    en: "Permission for other activities",
    aliases: ["資格外活動"],
    read: v.permission,
    example: "なし",
  },
  {
    path: "card.renewalAppliedOn",
    ja: "更新等の申請日",
    en: "Renewal applied on",
    aliases: ["申請日"],
    read: v.date,
    example: "",
  },
  {
    path: "card.renewalDecidedOn",
    ja: "更新等の許可日",
    en: "Renewal decided on",
    aliases: ["許可日"],
    read: v.date,
    example: "",
  },
];

const BY_HEADER = new Map<string, CsvColumn>();
for (const column of EMPLOYEE_COLUMNS)
  for (const name of [
    column.ja,
    column.en,
    column.path,
    column.path.replace(/^card\./, ""),
    ...(column.aliases ?? []),
  ])
    BY_HEADER.set(v.key(name), column);

export type HeaderProblem =
  | { column: number; header: string; rule: "unknown_column" | "duplicate_column" }
  | { column: null; header: string; rule: "missing_column" };

/** Header row → the column read from each position, and what is wrong with it (by column, by rule). */
export function mapHeaders(header: readonly string[]): {
  columns: (CsvColumn | null)[];
  problems: HeaderProblem[];
} {
  const problems: HeaderProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw, index) => {
    if (v.blank(raw)) return null;
    const column = BY_HEADER.get(v.key(raw)) ?? null;
    if (!column) problems.push({ column: index + 1, header: raw, rule: "unknown_column" });
    else if (seen.has(column.path))
      problems.push({ column: index + 1, header: raw, rule: "duplicate_column" });
    else seen.add(column.path);
    return column && !problems.some((p) => p.column === index + 1) ? column : null;
  });
  for (const column of EMPLOYEE_COLUMNS)
    if (column.required && !seen.has(column.path))
      problems.push({ column: null, header: column.ja, rule: "missing_column" });
  return { columns, problems };
}

/** One data row → the nested input the employee schema reads; blank cells are left out (defaults apply). */
export function rowToInput(
  columns: readonly (CsvColumn | null)[],
  row: readonly string[],
): { input: Record<string, unknown>; workplace: string | undefined } {
  const input: Record<string, unknown> = {};
  const card: Record<string, unknown> = {};
  let workplace: string | undefined;
  columns.forEach((column, index) => {
    if (!column) return;
    const value = column.read(row[index]);
    if (value === undefined) return;
    if (column.path === "workplace") workplace = String(value);
    else if (column.path.startsWith("card.")) card[column.path.slice(5)] = value;
    else input[column.path] = value;
  });
  return { input: { ...input, card }, workplace };
}

/** The downloadable template: headers in the reader's language and one example row that imports cleanly. */
export function templateRows(locale: "ja" | "en"): string[][] {
  return [
    EMPLOYEE_COLUMNS.map((c) => (locale === "ja" ? c.ja : c.en)),
    EMPLOYEE_COLUMNS.map((c) => c.example),
  ];
}
