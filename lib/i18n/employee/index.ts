import type { DutyCode } from "@/lib/compliance";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { EN } from "./en";
import { JA } from "./ja";
import type { DutyText, DutyTexts } from "./types";

/**
 * Duty texts per employee language. Every language in EMPLOYEE_LANGUAGES must be present; English
 * stands in only while a translation is being written (a test checks none is missing).
 */
const TEXTS: Partial<Record<EmployeeLanguage, DutyTexts>> = { ja: JA, en: EN };

export function dutyText(code: DutyCode, language: EmployeeLanguage): DutyText {
  return (TEXTS[language] ?? EN)[code];
}

export function hasDutyTexts(language: EmployeeLanguage): boolean {
  return TEXTS[language] !== undefined;
}

export type { DutyText, DutyTexts };
