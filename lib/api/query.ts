import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { labelledIssues } from "./field-issues";

/**
 * Query string → the operation's (strict) query schema. A repeated parameter is an error rather than a
 * silent pick, and an unknown one is too: `?stauts=open` must not quietly return everything.
 */
export function parseQuery<Q extends z.ZodType>(
  schema: Q,
  search: URLSearchParams,
  locale: HrLocale,
): z.output<Q> {
  const raw: Record<string, string> = {};
  for (const [name, value] of search) {
    if (name in raw)
      throw new AppError("invalid_input", "some query parameters are invalid", [
        { field: name, rule: "repeated", message: `${name}: must be given once` },
      ]);
    // `?status=` (as an HTML form or a template sends it) means "not given".
    if (value !== "") raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some query parameters are invalid",
      labelledIssues(parsed.error, locale),
    );
  return parsed.data;
}
