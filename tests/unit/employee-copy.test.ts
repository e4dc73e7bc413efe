import { describe, expect, it } from "vitest";
import { DUTY_CODES } from "@/lib/compliance/rules/types";
import { dutyText } from "@/lib/i18n/employee";
import { EMPLOYEE_LANGUAGES } from "@/lib/i18n/languages";

// Employees read these on a phone in their own language; a missing or blank text would show an
// empty card or fall back silently. Japanese legal terms stay in parentheses so the employee can match
// the official form, so every non-Japanese title must carry one.
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("employee duty texts", () => {
  for (const language of EMPLOYEE_LANGUAGES) {
    describe(language, () => {
      for (const code of DUTY_CODES) {
        it(`has ${code}`, () => {
          const text = dutyText(code, language);
          expect(text.title.trim()).not.toBe("");
          expect(text.what.trim()).not.toBe("");
          expect(text.where.trim()).not.toBe("");
          for (const item of text.prepare) expect(item.trim()).not.toBe("");
          // Same checklist length as English: a dropped or merged item is a translation slip.
          expect(text.prepare).toHaveLength(dutyText(code, "en").prepare.length);
          expect(text.title).toMatch(JAPANESE);
        });
      }
      it.skipIf(language === "en")("is translated, not English copied over", () => {
        const same = DUTY_CODES.filter((c) => dutyText(c, language).what === dutyText(c, "en").what);
        expect(same).toEqual([]);
      });
    });
  }
});
