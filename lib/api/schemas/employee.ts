import { z } from "zod";
import type { CardRecord, Employee } from "@/db/schema";
import { EMPLOYEE_LANGUAGES } from "@/lib/i18n/languages";
import { isIsoDate } from "@/lib/validation/common";
import { WORK_RESTRICTIONS } from "@/lib/validation/statuses";
import { zCursor, zDate, zLimit, zTimestamp } from "./common";

export const ZApiCard = z.strictObject({
  id: z.uuid(),
  statusCode: z.string().meta({ description: "A code from statuses.json" }),
  holderRole: z.enum(["principal", "spouse", "child"]),
  hsp2Activity: z.enum(["i", "ro", "ha"]).nullable(),
  japaneseContract: z.boolean().nullable(),
  periodOfStayExpiresOn: zDate.nullable(),
  cardExpiresOn: zDate.nullable(),
  cardNumberMasked: z
    .string()
    .nullable()
    .meta({ description: "Only the last four characters; the full number is never returned" }),
  workRestriction: z.enum(WORK_RESTRICTIONS).nullable(),
  extraActivityPermission: z.enum(["none", "comprehensive", "individual"]),
  renewalAppliedOn: zDate.nullable(),
  renewalDecidedOn: zDate.nullable(),
  isCurrent: z.boolean(),
  createdAt: zTimestamp,
});

export const ZApiEmployee = z.strictObject({
  id: z.uuid(),
  employeeNumber: z.string().nullable(),
  nameOnCard: z.string(),
  nameKana: z.string().nullable(),
  nationality: z.string().meta({ description: "ISO 3166-1 alpha-2" }),
  dateOfBirth: zDate,
  sex: z.enum(["M", "F"]),
  email: z.string().nullable(),
  preferredLanguage: z.enum(EMPLOYEE_LANGUAGES),
  department: z.string().nullable(),
  workplaceId: z.uuid().nullable(),
  employmentStartedOn: zDate.nullable(),
  employmentEndedOn: zDate.nullable(),
  contractConcludedOn: zDate.nullable(),
  employmentInsurance: z.boolean(),
  isWorker: z.boolean(),
  workAuthorization: z
    .strictObject({
      state: z.enum(["authorized", "limited", "special_period", "not_authorized", "check_designation"]),
      until: zDate.nullable().meta({ description: "Last day the current basis lasts; null when indefinite" }),
    })
    .nullable()
    .meta({
      description:
        "May they work today: the engine's answer at the last recomputation (null before the first)",
    }),
  archivedAt: zTimestamp.nullable(),
  createdAt: zTimestamp,
  updatedAt: zTimestamp,
  currentCard: ZApiCard.nullable(),
});

export type TApiCard = z.output<typeof ZApiCard>;
type WorkState = NonNullable<z.output<typeof ZApiEmployee>["workAuthorization"]>["state"];
export type TApiEmployee = z.output<typeof ZApiEmployee>;

/** A stored card, or the masked copy lib/services hands out (the encrypted number is never needed here). */
export type CardLike = Omit<CardRecord, "cardNumberEncrypted">;

export function toApiCard(card: CardLike): TApiCard {
  return {
    id: card.id,
    statusCode: card.statusCode,
    holderRole: card.holderRole,
    hsp2Activity: card.hsp2Activity,
    japaneseContract: card.japaneseContract,
    periodOfStayExpiresOn: card.periodOfStayExpiresOn,
    cardExpiresOn: card.cardExpiresOn,
    cardNumberMasked: card.cardNumberLast4 ? `********${card.cardNumberLast4}` : null,
    workRestriction: card.workRestriction as TApiCard["workRestriction"],
    extraActivityPermission: card.extraActivityPermission,
    renewalAppliedOn: card.renewalAppliedOn,
    renewalDecidedOn: card.renewalDecidedOn,
    isCurrent: card.supersededAt === null,
    createdAt: card.createdAt.toISOString(),
  };
}

export function toApiEmployee(employee: Employee, card: CardLike | null): TApiEmployee {
  return {
    id: employee.id,
    employeeNumber: employee.employeeNumber,
    nameOnCard: employee.nameOnCard,
    nameKana: employee.nameKana,
    nationality: employee.nationality,
    dateOfBirth: employee.dateOfBirth,
    sex: employee.sex,
    email: employee.email,
    preferredLanguage: employee.preferredLanguage,
    department: employee.department,
    workplaceId: employee.workplaceId,
    employmentStartedOn: employee.employmentStartedOn,
    employmentEndedOn: employee.employmentEndedOn,
    contractConcludedOn: employee.contractConcludedOn,
    employmentInsurance: employee.employmentInsurance,
    isWorker: employee.isWorker,
    workAuthorization: employee.workState
      ? { state: employee.workState as WorkState, until: employee.workUntil }
      : null,
    archivedAt: employee.archivedAt?.toISOString() ?? null,
    createdAt: employee.createdAt.toISOString(),
    updatedAt: employee.updatedAt.toISOString(),
    currentCard: card ? toApiCard(card) : null,
  };
}

const zQueryDate = z.string().refine(isIsoDate, { message: "date_format" });

export const ZListEmployeesApiQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100, { message: "max_length:100" })
    .optional()
    .meta({ description: "Part of the name on the card, the katakana name or the employee number" }),
  status: z
    .string()
    .max(50, { message: "max_length:50" })
    .optional()
    .meta({ description: "Status of residence code of the current card" }),
  archived: z.enum(["exclude", "only", "include"], { message: "invalid_choice" }).default("exclude"),
  expiresOnOrBefore: zQueryDate
    .optional()
    .meta({ description: "Current card's period of stay expires on or before this date" }),
  limit: zLimit,
  cursor: zCursor,
});
export type TListEmployeesApiQuery = z.output<typeof ZListEmployeesApiQuery>;
