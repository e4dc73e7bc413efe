import type { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";

/** Rule texts. Schemas put a rule key in the zod message; this turns it into words, ja and en. */
const RULES: Record<string, { ja: string; en: string }> = {
  required: { ja: "入力してください", en: "is required" },
  date_format: {
    ja: "実在する日付を YYYY-MM-DD 形式で入力してください",
    en: "must be a real date written YYYY-MM-DD",
  },
  max_length: { ja: "{n}文字以内で入力してください", en: "must be at most {n} characters" },
  min_length: { ja: "{n}文字以上で入力してください", en: "must be at least {n} characters" },
  email_format: { ja: "メールアドレスの形式が正しくありません", en: "must be an email address" },
  card_number_format: {
    ja: "英大文字2字・数字8桁・英大文字2字 (例 AB12345678CD) で入力してください",
    en: "must be 2 capital letters, 8 digits and 2 capital letters (e.g. AB12345678CD)",
  },
  unknown_status: { ja: "在留資格の一覧にないコードです", en: "is not a known status of residence code" },
  corporate_number: {
    ja: "13桁の法人番号 (チェックデジットを含む) を入力してください",
    en: "must be a 13-digit corporate number with a valid check digit",
  },
  insurance_office_number: {
    ja: "「1234-567890-1」の形式 (4桁-6桁-1桁) で入力してください",
    en: "must be written 1234-567890-1 (4-6-1 digits)",
  },
  postal_code: { ja: "「123-4567」の形式で入力してください", en: "must be written 123-4567" },
  kana_only: { ja: "カタカナで入力してください", en: "must be written in katakana" },
  end_before_start: { ja: "開始日より前の日付は入力できません", en: "must not be before the start date" },
  hsp2_activity_required: {
    ja: "高度専門職2号の場合は活動の種類 (イ・ロ・ハ) を選んでください",
    en: "is required for Highly Skilled Professional (ii): choose i, ro or ha",
  },
  period_expiry_required: {
    ja: "この在留資格では在留期間の満了日が必要です",
    en: "is required for this status (it has a fixed period of stay)",
  },
  invalid_choice: { ja: "選択肢から選んでください", en: "must be one of the listed choices" },
  nationality: {
    ja: "国・地域を一覧から選んでください",
    en: "must be a country or region from the list (ISO code)",
  },
  uuid: { ja: "正しい ID ではありません", en: "must be a valid id" },
  unknown_field: { ja: "この項目は受け付けていません", en: "is not a known field" },
  invalid_type: { ja: "値の形式が正しくありません", en: "has the wrong type" },
  password_mismatch: { ja: "パスワードが一致しません", en: "does not match the password" },
  not_hireable: {
    ja: "短期滞在では雇用できません (就労不可・在留カードなし)",
    en: "cannot be hired: temporary visitors may not work and have no residence card",
  },
};

/** Field labels, so every message names the field in the reader's language. */
const FIELDS: Record<string, { ja: string; en: string }> = {
  companyName: { ja: "会社名", en: "Company name" },
  legalNameJa: { ja: "法人名 (日本語)", en: "Legal name (Japanese)" },
  legalNameEn: { ja: "法人名 (英語)", en: "Legal name (English)" },
  corporateNumber: { ja: "法人番号", en: "Corporate number" },
  headOfficePostalCode: { ja: "本店郵便番号", en: "Head office postal code" },
  headOfficeAddress: { ja: "本店所在地", en: "Head office address" },
  helloWorkOffice: { ja: "管轄ハローワーク", en: "Hello Work office" },
  employmentInsuranceOfficeNumber: { ja: "雇用保険適用事業所番号", en: "Employment insurance office number" },
  immigrationOffice: { ja: "管轄の出入国在留管理局", en: "Immigration office" },
  name: { ja: "氏名", en: "Name" },
  email: { ja: "メールアドレス", en: "Email" },
  password: { ja: "パスワード", en: "Password" },
  passwordConfirm: { ja: "パスワード (確認)", en: "Confirm password" },
  role: { ja: "権限", en: "Role" },
  employeeNumber: { ja: "社員番号", en: "Employee number" },
  nameOnCard: { ja: "氏名 (在留カード記載)", en: "Name (as on the card)" },
  nameKana: { ja: "氏名 (カタカナ)", en: "Name (katakana)" },
  nationality: { ja: "国籍・地域", en: "Nationality / region" },
  dateOfBirth: { ja: "生年月日", en: "Date of birth" },
  sex: { ja: "性別", en: "Sex" },
  preferredLanguage: { ja: "連絡言語", en: "Preferred language" },
  department: { ja: "部署", en: "Department" },
  workplaceId: { ja: "勤務先事業所", en: "Workplace" },
  employmentStartedOn: { ja: "雇用開始日", en: "Employment start" },
  employmentEndedOn: { ja: "雇用終了日", en: "Employment end" },
  contractConcludedOn: { ja: "雇用契約締結日", en: "Contract concluded on" },
  employmentInsurance: { ja: "雇用保険", en: "Employment insurance" },
  isWorker: { ja: "労働者 (役員でない)", en: "Worker (not an officer)" },
  statusCode: { ja: "在留資格", en: "Status of residence" },
  holderRole: { ja: "立場 (本人・配偶者・子)", en: "Holder role" },
  hsp2Activity: { ja: "高度専門職2号の活動", en: "HSP (ii) activity" },
  japaneseContract: { ja: "本邦の機関との契約", en: "Contract with a Japanese organisation" },
  periodOfStayExpiresOn: { ja: "在留期間の満了日", en: "Period of stay expires on" },
  cardExpiresOn: { ja: "在留カードの有効期限", en: "Card valid until" },
  cardNumber: { ja: "在留カード番号", en: "Residence card number" },
  workRestriction: { ja: "就労制限の有無", en: "Work restriction on the card" },
  extraActivityPermission: { ja: "資格外活動許可", en: "Permission for other activities" },
  address: { ja: "所在地", en: "Address" },
  postalCode: { ja: "郵便番号", en: "Postal code" },
  retentionYears: { ja: "退職者データの保存期間", en: "Retention after employment ends" },
};

export function fieldLabel(field: string, locale: HrLocale): string {
  const key = field.split(".").at(-1) ?? field;
  return FIELDS[key]?.[locale] ?? field;
}

export function ruleText(rule: string, locale: HrLocale): string {
  const [key, n] = rule.split(":");
  const text = RULES[key ?? ""]?.[locale];
  if (!text) return rule;
  return n ? text.replace("{n}", n) : text;
}

/** zod issues → field issues whose message names the field and the rule, in the given language. */
export function toFieldIssues(error: z.ZodError, locale: HrLocale): FieldIssue[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    const path = [...issue.path, ...(keys[0] ? [keys[0]] : [])].map(String).join(".");
    const rule = ruleKeyOf(issue);
    return { field: path, rule, message: `${fieldLabel(path, locale)}: ${ruleText(rule, locale)}` };
  });
}

function ruleKeyOf(issue: z.core.$ZodIssue): string {
  if (issue.message && RULES[issue.message.split(":")[0] ?? ""] !== undefined) return issue.message;
  switch (issue.code) {
    case "too_big":
      return `max_length:${String(issue.maximum)}`;
    case "too_small":
      return Number(issue.minimum) <= 1 ? "required" : `min_length:${String(issue.minimum)}`;
    case "invalid_value":
      return "invalid_choice";
    case "unrecognized_keys":
      return "unknown_field";
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid_type";
    default:
      return "invalid_type";
  }
}
