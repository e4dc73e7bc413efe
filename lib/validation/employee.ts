import { z } from "zod";
import { NATIONALITY_SET } from "@/lib/data/nationalities";
import { EMPLOYEE_LANGUAGES } from "@/lib/i18n/languages";
import { CARD_NUMBER, zEmail, zIsoDate, zOptionalText, zText } from "./common";
import { STATUS_BY_CODE, WORK_RESTRICTIONS } from "./statuses";

const zOptionalDate = zIsoDate.optional().nullable();

/** The residence-card facts the rules need. A renewal records a new one of these. */
export const ZCardInput = z
  .strictObject({
    statusCode: z.string().refine((code) => STATUS_BY_CODE.has(code), { message: "unknown_status" }),
    holderRole: z.enum(["principal", "spouse", "child"], { message: "invalid_choice" }).default("principal"),
    hsp2Activity: z.enum(["i", "ro", "ha"], { message: "invalid_choice" }).optional().nullable(),
    japaneseContract: z.boolean().optional().nullable(),
    periodOfStayExpiresOn: zOptionalDate,
    cardExpiresOn: zOptionalDate,
    cardNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(CARD_NUMBER, { message: "card_number_format" })
      .optional()
      .nullable(),
    workRestriction: z.enum(WORK_RESTRICTIONS, { message: "invalid_choice" }).optional().nullable(),
    extraActivityPermission: z
      .enum(["none", "comprehensive", "individual"], { message: "invalid_choice" })
      .default("none"),
    renewalAppliedOn: zOptionalDate,
    renewalDecidedOn: zOptionalDate,
  })
  .superRefine((card, ctx) => {
    const status = STATUS_BY_CODE.get(card.statusCode);
    if (!status) return;
    if (card.statusCode === "hsp_2" && !card.hsp2Activity)
      ctx.addIssue({ code: "custom", path: ["hsp2Activity"], message: "hsp2_activity_required" });
    const isIndefinite = "indefinitePeriod" in status && status.indefinitePeriod === true;
    if (!isIndefinite && card.statusCode !== "special_permanent_resident" && !card.periodOfStayExpiresOn)
      ctx.addIssue({ code: "custom", path: ["periodOfStayExpiresOn"], message: "period_expiry_required" });
    if (card.statusCode === "temporary_visitor")
      ctx.addIssue({ code: "custom", path: ["statusCode"], message: "not_hireable" });
  });

const employeeFields = {
  employeeNumber: zOptionalText(50),
  nameOnCard: zText(100),
  nameKana: z
    .string()
    .trim()
    .max(100, { message: "max_length:100" })
    .regex(/^[\u30A0-\u30FF\u3000 ・ー]+$/, { message: "kana_only" })
    .optional(),
  nationality: z.string().refine((code) => NATIONALITY_SET.has(code), { message: "nationality" }),
  dateOfBirth: zIsoDate,
  sex: z.enum(["M", "F"], { message: "invalid_choice" }),
  email: zEmail.optional(),
  preferredLanguage: z.enum(EMPLOYEE_LANGUAGES, { message: "invalid_choice" }).default("ja"),
  department: zOptionalText(100),
  workplaceId: z.uuid({ message: "uuid" }).optional().nullable(),
  employmentStartedOn: zOptionalDate,
  employmentEndedOn: zOptionalDate,
  contractConcludedOn: zOptionalDate,
  employmentInsurance: z.boolean().default(true),
  isWorker: z.boolean().default(true),
};

function checkEmploymentDates(
  value: { employmentStartedOn?: string | null; employmentEndedOn?: string | null },
  ctx: z.RefinementCtx,
) {
  if (
    value.employmentStartedOn &&
    value.employmentEndedOn &&
    value.employmentEndedOn < value.employmentStartedOn
  )
    ctx.addIssue({ code: "custom", path: ["employmentEndedOn"], message: "end_before_start" });
}

export const ZCreateEmployeeRequest = z
  .strictObject({ ...employeeFields, card: ZCardInput })
  .superRefine(checkEmploymentDates);
export type TCreateEmployeeRequest = z.infer<typeof ZCreateEmployeeRequest>;

export const ZUpdateEmployeeRequest = z.strictObject(employeeFields).superRefine(checkEmploymentDates);
export type TUpdateEmployeeRequest = z.infer<typeof ZUpdateEmployeeRequest>;

export type TCardInput = z.infer<typeof ZCardInput>;

/** Employee form fields arrive flat; card fields are prefixed "card." in the form. */
export const EMPLOYEE_FORM_BOOLEANS = ["employmentInsurance", "isWorker"] as const;
export const CARD_FORM_BOOLEANS = ["card.japaneseContract"] as const;
