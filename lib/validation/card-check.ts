import { z } from "zod";
import { zIsoDate } from "./common";

/** One check of an employee's residence card (RULES R8): what was verified, the outcome, a note. */
export const ZCardCheckInput = z.strictObject({
  checkedOn: zIsoDate,
  originalSeen: z.boolean().default(false),
  lapseCheckDone: z.boolean().default(false),
  icChipRead: z.boolean().default(false),
  designationRead: z.boolean().default(false),
  result: z.enum(["ok", "problem"], { message: "invalid_choice" }),
  note: z.string().trim().max(500, { message: "max_length:500" }).optional(),
});
export type TCardCheckInput = z.infer<typeof ZCardCheckInput>;

export const CARD_CHECK_BOOLEANS = [
  "originalSeen",
  "lapseCheckDone",
  "icChipRead",
  "designationRead",
] as const;

/**
 * The rules that depend on the day and the card: no check dated in the future, and an "ok" result only
 * when the checks the law's no-negligence defence rests on were done (original front and back, the
 * lapse check, and the 指定書 where the status has one).
 */
export function cardCheckIssues(
  input: TCardCheckInput,
  today: string,
  needsDesignation: boolean,
): { field: string; rule: string }[] {
  const issues: { field: string; rule: string }[] = [];
  if (input.checkedOn > today) issues.push({ field: "checkedOn", rule: "not_in_future" });
  if (input.result === "ok") {
    if (!input.originalSeen) issues.push({ field: "originalSeen", rule: "ok_requires_original" });
    if (!input.lapseCheckDone) issues.push({ field: "lapseCheckDone", rule: "ok_requires_lapse_check" });
    if (needsDesignation && !input.designationRead)
      issues.push({ field: "designationRead", rule: "ok_requires_designation" });
  }
  return issues;
}
