import { z } from "zod";
import { DUTY_CODES, EVENT_TYPES, type TEvaluateResult } from "@/lib/compliance";
import { zDate } from "./common";

/**
 * The evaluation contract's answer (EVALUATE.md), as a schema for the OpenAPI document. The engine's
 * TypeScript types are the source; the assignment at the bottom fails to compile if they drift apart.
 */
const zBilingual = z.strictObject({ ja: z.string(), en: z.string() });

const ZEvaluatedDuty = z.strictObject({
  code: z.enum(DUTY_CODES),
  trigger: z.enum([...EVENT_TYPES, "period_of_stay", "card_validity"]),
  triggerDate: zDate,
  owner: z.enum(["employee", "employer"]),
  nominalDueDate: zDate,
  dueDate: zDate,
  bestEffort: z.boolean(),
  approximate: z.boolean(),
  basis: z.string(),
  source: z.string(),
  rule: z.string().meta({ description: "ruleId@version" }),
  confidence: z.enum(["H", "M", "L"]),
  toConfirm: z.boolean(),
  explanation: zBilingual,
  informationalRolledDate: zDate.optional(),
  strictReading: z.strictObject({ nominalDueDate: zDate, dueDate: zDate }).optional(),
  windowOpensOn: zDate.optional(),
  lastOpenDayOnOrBefore: zDate.optional(),
  stayLimitDate: zDate.optional(),
});

export const ZEvaluateResult = z.strictObject({
  duties: z.array(ZEvaluatedDuty),
  work: z.strictObject({
    state: z.enum(["authorized", "limited", "special_period", "not_authorized", "check_designation"]),
    until: zDate.nullable(),
    limits: z.array(z.string()),
  }),
  renewal: z
    .strictObject({ expiresOn: zDate, windowOpensOn: zDate, lastOpenDayOnOrBefore: zDate })
    .nullable(),
  advisories: z.array(
    z.strictObject({
      code: z.string(),
      severity: z.enum(["info", "warning", "critical"]),
      date: zDate.nullable(),
      toConfirm: z.boolean(),
      message: zBilingual,
    }),
  ),
});

export const ZEvaluateResponse = z.union([
  ZEvaluateResult,
  z.strictObject({ results: z.array(ZEvaluateResult) }),
]);

// Compile-time drift check: every engine result must fit the documented schema.
export const engineResultFitsSchema = (result: TEvaluateResult): z.input<typeof ZEvaluateResult> => result;
