import { describe, expect, it } from "vitest";
import { DUTY_CODES } from "@/lib/compliance/rules/types";
import { dutyText } from "@/lib/i18n/employee";
import { pageCopy } from "@/lib/i18n/employee/page";
import { FIELD_KEYS, RULE_KEYS } from "@/lib/i18n/employee/page/types";
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

/** Every string of a nested copy object, by its dotted path. */
function strings(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value))
      for (const [p, s] of strings(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("employee page copy", () => {
  const english = strings(pageCopy("en"));
  for (const language of EMPLOYEE_LANGUAGES) {
    describe(language, () => {
      const copy = strings(pageCopy(language));
      it("has every string English has, none blank, with the same placeholders", () => {
        expect([...copy.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [path, text] of copy) {
          expect(text.trim(), path).not.toBe("");
          expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ""));
        }
      });
      it("has words for every rule and field the forms can report", () => {
        for (const rule of RULE_KEYS) expect(pageCopy(language).rules[rule], rule).toBeTruthy();
        for (const field of FIELD_KEYS) expect(pageCopy(language).fields[field], field).toBeTruthy();
      });
      it.skipIf(language === "en")("is translated: most strings differ from English", () => {
        const same = [...copy].filter(
          ([path, text]) => text === english.get(path) && !/^(Zairyu|Email|PNG)/.test(text),
        );
        // Short labels can coincide across languages (e.g. "Online", "Deadline" in Tagalog); whole pages cannot.
        expect(same.length, same.map(([p]) => p).join(", ")).toBeLessThan(8);
      });
    });
  }
});
