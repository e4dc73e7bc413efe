import type { DutyCode } from "@/lib/compliance";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { EN } from "./en";
import { ID } from "./id";
import { JA } from "./ja";
import { MY } from "./my";
import { NE } from "./ne";
import { PT } from "./pt";
import { TL } from "./tl";
import type { DutyText, DutyTexts } from "./types";
import { VI } from "./vi";
import { ZH } from "./zh";

/**
 * Duty texts per employee language. A full Record, so adding a language to EMPLOYEE_LANGUAGES without
 * its texts fails to compile; tests/unit/employee-copy.test.ts checks no text is empty.
 */
const TEXTS: Record<EmployeeLanguage, DutyTexts> = {
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

export function dutyText(code: DutyCode, language: EmployeeLanguage): DutyText {
  return TEXTS[language][code];
}

/** Kept for callers written while translations were pending; every language now has its texts. */
export function hasDutyTexts(language: EmployeeLanguage): boolean {
  return TEXTS[language] !== undefined;
}

export type { DutyText, DutyTexts };
