import { z } from "zod";
import { DUTY_STATUSES, type Duty } from "@/db/schema";
import { isIsoDate } from "@/lib/validation/common";
import { zCursor, zDate, zLimit, zTimestamp } from "./common";

export const ZApiDuty = z.strictObject({
  id: z.uuid(),
  employeeId: z.uuid(),
  eventId: z
    .uuid()
    .nullable()
    .meta({ description: "The event that started this duty (null for period-of-stay and card renewals)" }),
  code: z.string().meta({ description: "Duty code (EVALUATE.md), e.g. isa_contract_org_notification" }),
  trigger: z.string(),
  triggerDate: zDate,
  owner: z.enum(["employee", "employer"]),
  nominalDueDate: zDate.meta({ description: "The plain arithmetic, before any closed-day extension" }),
  dueDate: zDate.meta({ description: "The legal last day" }),
  bestEffort: z.boolean(),
  approximate: z.boolean(),
  toConfirm: z
    .boolean()
    .meta({ description: "The rule is uncertain: show it as 'to confirm' with its source" }),
  rule: z.string().meta({ description: "ruleId@version" }),
  basis: z.string(),
  source: z.string(),
  explanation: z
    .strictObject({ ja: z.string(), en: z.string() })
    .nullable()
    .meta({ description: "Why this is due" }),
  status: z.enum(DUTY_STATUSES),
  isMuted: z.boolean(),
  submittedAt: zTimestamp.nullable(),
  closedAt: zTimestamp.nullable(),
  cancelledAt: zTimestamp.nullable(),
  createdAt: zTimestamp,
  updatedAt: zTimestamp,
});
export type TApiDuty = z.output<typeof ZApiDuty>;

export function toApiDuty(duty: Duty): TApiDuty {
  const explanation = duty.details.explanation as { ja?: unknown; en?: unknown } | undefined;
  return {
    id: duty.id,
    employeeId: duty.employeeId,
    eventId: duty.eventId,
    code: duty.code,
    trigger: duty.trigger,
    triggerDate: duty.triggerDate,
    owner: duty.owner,
    nominalDueDate: duty.nominalDueDate,
    dueDate: duty.dueDate,
    bestEffort: duty.bestEffort,
    approximate: duty.approximate,
    toConfirm: duty.toConfirm,
    rule: duty.rule,
    basis: duty.basis,
    source: duty.source,
    explanation:
      typeof explanation?.ja === "string" && typeof explanation.en === "string"
        ? { ja: explanation.ja, en: explanation.en }
        : null,
    status: duty.status,
    isMuted: duty.mutedAt !== null,
    submittedAt: duty.submittedAt?.toISOString() ?? null,
    closedAt: duty.closedAt?.toISOString() ?? null,
    cancelledAt: duty.cancelledAt?.toISOString() ?? null,
    createdAt: duty.createdAt.toISOString(),
    updatedAt: duty.updatedAt.toISOString(),
  };
}

const zQueryDate = z.string().refine(isIsoDate, { message: "date_format" });

export const ZListDutiesQuery = z.strictObject({
  employeeId: z.uuid({ message: "uuid" }).optional(),
  status: z.enum(DUTY_STATUSES, { message: "invalid_choice" }).optional(),
  code: z.string().max(64, { message: "max_length:64" }).optional(),
  dueOnOrAfter: zQueryDate.optional(),
  dueOnOrBefore: zQueryDate.optional(),
  limit: zLimit,
  cursor: zCursor,
});
export type TListDutiesQuery = z.output<typeof ZListDutiesQuery>;

/** An HR system saying "this was filed": closes the duty at once (no review step for a trusted integration). */
export const ZConfirmDutyRequest = z.strictObject({
  filedOn: z
    .string({ message: "required" })
    .refine(isIsoDate, { message: "date_format" })
    .meta({ description: "The day it was filed (not after today, Japan time)" }),
  channel: z.enum(["online", "counter", "post"], { message: "invalid_choice" }),
  receiptNumber: z
    .string()
    .trim()
    .max(100, { message: "max_length:100" })
    .optional()
    .meta({ description: "受付番号, if any" }),
});
export type TConfirmDutyRequest = z.output<typeof ZConfirmDutyRequest>;

export const CONFIRM_FIELD_LABELS = {
  filedOn: { ja: "届出日", en: "Filed on" },
  channel: { ja: "届出方法", en: "Channel" },
  receiptNumber: { ja: "受付番号", en: "Receipt number" },
} as const;
