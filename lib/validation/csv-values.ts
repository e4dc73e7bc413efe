import { NATIONALITY_CODES } from "@/lib/data/nationalities";
import { EMPLOYEE_LANGUAGES, LANGUAGE_NAMES } from "@/lib/i18n/languages";
import { STATUS_BY_CODE, STATUS_CODES } from "./statuses";

/**
 * How spreadsheet cells become the values the employee schema expects. People type Japanese or English
 * words, full-width digits, 2026/4/1 or 2026年4月1日: each normaliser accepts the common forms and returns
 * `undefined` for a blank cell. A cell it cannot read is passed through unchanged, so the schema refuses
 * it with the field's own rule (never a silent guess).
 */
export const key = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s()（）・･_\-/]+/g, "");

export function blank(cell: string | undefined): boolean {
  return cell === undefined || cell.normalize("NFKC").trim() === "";
}

export function text(cell: string | undefined): string | undefined {
  return blank(cell) ? undefined : (cell ?? "").trim();
}

/** 2026-04-01, 2026/4/1, 2026.4.1, 2026年4月1日, 20260401 → 2026-04-01. */
export function date(cell: string | undefined): string | undefined {
  if (blank(cell)) return undefined;
  const s = (cell ?? "").normalize("NFKC").trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}` : s;
}

const TRUE = new Set(["yes", "y", "true", "1", "はい", "有", "あり", "○", "〇", "加入", "該当"]);
const FALSE = new Set(["no", "n", "false", "0", "いいえ", "無", "なし", "×", "未加入", "非該当"]);
/** A yes/no cell; anything else stays a string so the schema reports "wrong type" for that field. */
export function bool(cell: string | undefined): boolean | string | undefined {
  if (blank(cell)) return undefined;
  const k = key(cell ?? "");
  return TRUE.has(k) ? true : FALSE.has(k) ? false : (cell ?? "").trim();
}

function lookup(table: Map<string, string>) {
  return (cell: string | undefined): string | undefined =>
    blank(cell) ? undefined : (table.get(key(cell ?? "")) ?? (cell ?? "").trim());
}

const pairs = (entries: [string, string[]][]) =>
  new Map(entries.flatMap(([value, words]) => words.map((w) => [key(w), value] as const)));

export const sex = lookup(
  pairs([
    ["M", ["M", "male", "男", "男性"]],
    ["F", ["F", "female", "女", "女性"]],
  ]),
);

export const permission = lookup(
  pairs([
    ["none", ["none", "なし", "無"]],
    ["comprehensive", ["comprehensive", "包括", "包括許可", "原則週28時間以内"]],
    ["individual", ["individual", "個別", "個別許可"]],
  ]),
);

export const holderRole = lookup(
  pairs([
    ["principal", ["principal", "本人"]],
    ["spouse", ["spouse", "配偶者"]],
    ["child", ["child", "子"]],
  ]),
);

const JA_LANGUAGE_NAMES: Record<string, string> = {
  ja: "日本語",
  en: "英語",
  vi: "ベトナム語",
  zh: "中国語",
  id: "インドネシア語",
  ne: "ネパール語",
  tl: "タガログ語",
  my: "ミャンマー語",
  pt: "ポルトガル語",
};
export const language = lookup(
  pairs(
    EMPLOYEE_LANGUAGES.map((code) => [code, [code, LANGUAGE_NAMES[code], JA_LANGUAGE_NAMES[code] ?? code]]),
  ),
);

/** A status code, its Japanese name (技術・人文知識・国際業務) or English name. */
export const status = lookup(
  pairs(
    STATUS_CODES.map((code) => {
      const s = STATUS_BY_CODE.get(code);
      return [code, [code, s?.ja ?? code, s?.en ?? code]];
    }),
  ),
);

/** ISO code (VN) or the region's name in Japanese or English (ベトナム, Vietnam), plus common short forms. */
export const nationality = (() => {
  const ja = new Intl.DisplayNames(["ja"], { type: "region" });
  const en = new Intl.DisplayNames(["en"], { type: "region" });
  const extra: Record<string, string[]> = {
    CN: ["中華人民共和国"],
    KR: ["大韓民国", "Korea"],
    MM: ["ミャンマー"],
    US: ["アメリカ", "米国", "USA"],
    GB: ["英国", "UK"],
    TW: ["台湾"],
    VN: ["Viet Nam"],
  };
  return lookup(
    pairs(
      NATIONALITY_CODES.map((code) => [
        code,
        [code, ja.of(code) ?? code, en.of(code) ?? code, ...(extra[code] ?? [])],
      ]),
    ),
  );
})();
