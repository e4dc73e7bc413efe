import { z } from "zod";
import { zIsoDate } from "@/lib/validation/common";
import { ZCardInput } from "@/lib/validation/employee";

/** Employee events that map 1:1 onto the engine's `{type, date}` events. */
export const SIMPLE_EMPLOYEE_EVENTS = [
  "divorced",
  "spouse_died",
  "card_lost",
  "moved_house",
  "child_born",
  "graduated",
  "naturalized",
  "reentered_japan",
] as const;

export const EMPLOYEE_EVENT_TYPES = [
  "employment_started",
  "employment_ended",
  ...SIMPLE_EMPLOYEE_EVENTS,
  "renewal_applied",
  "renewal_decided",
] as const;
export type EmployeeEventType = (typeof EMPLOYEE_EVENT_TYPES)[number];

export const COMPANY_EVENT_TYPES = ["org_name_changed", "org_address_changed", "org_dissolved"] as const;
export type CompanyEventType = (typeof COMPANY_EVENT_TYPES)[number];

const zType = <T extends string>(value: T) => z.literal(value, { message: "invalid_choice" });

/**
 * What HR records on one employee. The date is the legal trigger (the day it happened); for a renewal
 * application it is the receipt date (受付日). A decision comes with the new card, which becomes current.
 */
export const ZRecordEventRequest = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: zType("employment_started"),
      date: zIsoDate,
      contractConcludedOn: zIsoDate.optional().nullable(),
      arrivedForThisJob: z.boolean().default(false),
    }),
    z.strictObject({ type: zType("employment_ended"), date: zIsoDate }),
    z.strictObject({ type: z.enum(SIMPLE_EMPLOYEE_EVENTS, { message: "invalid_choice" }), date: zIsoDate }),
    z.strictObject({
      type: zType("renewal_applied"),
      date: zIsoDate,
      channel: z.enum(["counter", "online", "agent", "post"], { message: "invalid_choice" }),
    }),
    z.strictObject({ type: zType("renewal_decided"), date: zIsoDate, card: ZCardInput }),
  ],
  { message: "invalid_choice" },
);
export type TRecordEventRequest = z.infer<typeof ZRecordEventRequest>;

/** Edits keep the type: changing what happened is a delete and a new record. */
export const ZUpdateEventRequest = z.strictObject({
  date: zIsoDate,
  contractConcludedOn: zIsoDate.optional().nullable(),
  arrivedForThisJob: z.boolean().optional(),
  channel: z.enum(["counter", "online", "agent", "post"], { message: "invalid_choice" }).optional(),
});
export type TUpdateEventRequest = z.infer<typeof ZUpdateEventRequest>;

export const ZRecordCompanyEventRequest = z.strictObject({
  type: z.enum(COMPANY_EVENT_TYPES, { message: "invalid_choice" }),
  date: zIsoDate,
  /** The new name or address, for the record and the preview (not needed by the rules). */
  detail: z.string().trim().max(300, { message: "max_length:300" }).optional(),
});
export type TRecordCompanyEventRequest = z.infer<typeof ZRecordCompanyEventRequest>;

export const ZMuteDutyRequest = z.strictObject({
  reason: z.string().trim().min(3, { message: "min_length:3" }).max(500, { message: "max_length:500" }),
});
