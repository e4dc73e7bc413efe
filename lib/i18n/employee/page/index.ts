import type { FieldIssue } from "@/lib/errors";
import { EMPLOYEE_LANGUAGES, type EmployeeLanguage } from "@/lib/i18n/languages";
import { EN } from "./en";
import { ID } from "./id";
import { JA } from "./ja";
import { MY } from "./my";
import { NE } from "./ne";
import { PT } from "./pt";
import { TL } from "./tl";
import { FIELD_KEYS, type FieldKey, type PageCopy, RULE_KEYS, type RuleKey } from "./types";
import { VI } from "./vi";
import { ZH } from "./zh";

/** Every employee language has its own page copy: the type makes a missing one a compile error. */
const COPY: Record<EmployeeLanguage, PageCopy> = {
  ja: JA,
  en: EN,
  vi: VI,
  zh: ZH,
  id: ID,
  ne: NE,
  tl: TL,
  my: MY,
  pt: PT,
};

export function pageCopy(language: EmployeeLanguage): PageCopy {
  return COPY[language];
}

/** `{name}`-style placeholders; unknown ones stay visible rather than vanish. */
export function fillCopy(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function isEmployeeLanguage(value: unknown): value is EmployeeLanguage {
  return typeof value === "string" && (EMPLOYEE_LANGUAGES as readonly string[]).includes(value);
}

const isRuleKey = (v: string): v is RuleKey => (RULE_KEYS as readonly string[]).includes(v);
const isFieldKey = (v: string): v is FieldKey => (FIELD_KEYS as readonly string[]).includes(v);

/**
 * A service's field issue ({field, rule}) in the employee's words: "Receipt number: use only letters,
 * digits and hyphens". The field is always named; an unknown rule falls back to "is not valid".
 */
export function issueText(issue: FieldIssue, copy: PageCopy): { field: string; text: string } {
  const field = issue.field.split(".").at(-1) ?? issue.field;
  const [key = "", n = ""] = (issue.rule ?? "").split(":");
  const rule = isRuleKey(key) ? fillCopy(copy.rules[key], { n }) : copy.rules.invalid_type;
  const label = isFieldKey(field) ? copy.fields[field] : field;
  return { field, text: `${label}: ${rule}` };
}

export type { FieldKey, PageCopy, RuleKey };
