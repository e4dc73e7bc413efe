/**
 * The evaluation contract's input (EVALUATE.md), as zod 4 schemas. Strict: unknown fields are errors,
 * nothing is guessed. Validation happens here, at the boundary; the engine itself never runs zod.
 */
import { z } from "zod";
import { isIsoDate } from "../dates/day-number";
import { isStatusCode, STATUS_CODES, statusInfo } from "../statuses";

export const DATE_MESSAGE = "must be a date YYYY-MM-DD";

/** A real Japan calendar date as `YYYY-MM-DD` (2026-02-30 is rejected). */
export const ZIsoDate = z
  .string({ error: (iss) => (iss.input === undefined ? "is required" : DATE_MESSAGE) })
  .refine(isIsoDate, { error: DATE_MESSAGE });
const ZOptionalDate = ZIsoDate.nullable().optional();
const ZOptionalBoolean = z.boolean({ error: "must be true or false" }).nullable().optional();

/** Event types other than employment_started: each is `{ type, date }` only. */
export const SIMPLE_EVENT_TYPES = [
  "employment_ended",
  "org_name_changed",
  "org_address_changed",
  "org_dissolved",
  "divorced",
  "spouse_died",
  "card_lost",
  "moved_house",
  "naturalized",
  "child_born",
  "graduated",
  "reentered_japan",
] as const;
export const EVENT_TYPES = ["employment_started", ...SIMPLE_EVENT_TYPES] as const;

const ZEmploymentStarted = z.strictObject({
  type: z.literal("employment_started"),
  date: ZIsoDate,
  /** 19-16 trigger for a contract-organisation status; without it the start date is used (approximate). */
  contractConcludedOn: ZOptionalDate,
  /** Landed in Japan to take this job: the organisation is already on record, so no 19-16 notice. */
  arrivedForThisJob: ZOptionalBoolean,
});

const ZSimpleEvent = z.strictObject({
  type: z.enum(SIMPLE_EVENT_TYPES, { error: "unknown event type" }),
  date: ZIsoDate,
});

export const ZEvent = z.discriminatedUnion("type", [ZEmploymentStarted, ZSimpleEvent], {
  error: (iss) =>
    (iss.code as string) === "invalid_type" ? "must be an event object" : "unknown event type",
});

export const ZPerson = z.strictObject({
  status: z.enum(STATUS_CODES, { error: "unknown status code" }),
  holderRole: z
    .enum(["principal", "spouse", "child"], { error: "must be principal, spouse or child" })
    .optional(),
  hsp2Activity: z.enum(["i", "ro", "ha"], { error: "must be i, ro or ha" }).nullable().optional(),
  japaneseContract: ZOptionalBoolean,
  periodOfStayExpiresOn: ZOptionalDate,
  cardExpiresOn: ZOptionalDate,
  dateOfBirth: ZOptionalDate,
  extraActivityPermission: z
    .enum(["none", "comprehensive", "individual"], { error: "must be none, comprehensive or individual" })
    .optional(),
  employmentInsurance: ZOptionalBoolean,
  isWorker: ZOptionalBoolean,
  renewalAppliedOn: ZOptionalDate,
  renewalDecidedOn: ZOptionalDate,
});

export const ZEvaluateCase = z
  .strictObject({
    asOf: ZIsoDate,
    person: ZPerson,
    events: z.array(ZEvent, { error: "must be a list of events" }).optional(),
  })
  .superRefine((c, ctx) => {
    const p = c.person;
    if (!isStatusCode(p.status)) return;
    const s = statusInfo(p.status);
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (p.hsp2Activity != null && p.status !== "hsp_2")
      issue(["person", "hsp2Activity"], "only allowed when status is hsp_2");
    if (p.japaneseContract != null && p.status !== "entertainer") {
      issue(["person", "japaneseContract"], "only allowed when status is entertainer");
    }
    if (p.periodOfStayExpiresOn != null && s.indefinitePeriod) {
      issue(["person", "periodOfStayExpiresOn"], "must be null: this status has no period of stay");
    }
    if (s.validFrom !== null && c.asOf < s.validFrom)
      issue(["person", "status"], `status not in force before ${s.validFrom}`);
    if (p.renewalAppliedOn != null && p.renewalDecidedOn != null && p.renewalDecidedOn < p.renewalAppliedOn) {
      issue(["person", "renewalDecidedOn"], "must not be before renewalAppliedOn");
    }
  });

export const ZEvaluateBatch = z.strictObject({
  cases: z.array(ZEvaluateCase, { error: "must be a list of cases" }),
});

/** One case, or `{ cases: [...] }` answered by `{ results: [...] }` in order. */
export const ZEvaluateRequest = z.union([ZEvaluateBatch, ZEvaluateCase]);

export type TEvaluateCase = z.infer<typeof ZEvaluateCase>;
export type TEvaluateBatch = z.infer<typeof ZEvaluateBatch>;
export type TEvaluateRequest = z.infer<typeof ZEvaluateRequest>;
export type TPerson = z.infer<typeof ZPerson>;
export type TEvent = z.infer<typeof ZEvent>;
export type TEventType = (typeof EVENT_TYPES)[number];
