import { ruleByRef } from "@/lib/compliance";

/** A duty's title in the reader's language, from the rule it cites (id@version); the code if unknown. */
export function dutyTitle(rule: string, code: string, locale: string): string {
  const title = ruleByRef(rule)?.title;
  return title ? (locale === "ja" ? title.ja : title.en) : code;
}
