import { AppError } from "@/lib/errors";
import { fieldLabel, ruleText } from "@/lib/validation/messages";

/**
 * A one-field invalid_input error carrying the rule key, for checks a schema cannot make alone (they
 * need the duty or today's date). Employee pages translate `rule`; HR screens show `message`.
 */
export function fieldError(field: string, rule: string, locale: "ja" | "en" = "en"): AppError {
  const message = `${fieldLabel(field, locale)}: ${ruleText(rule, locale)}`;
  return new AppError("invalid_input", message, [{ field, rule, message }]);
}
