import type { TEvaluateCase } from "@/lib/compliance";
import { buildCase, type CaseEvent } from "../pipeline/build-case";

/** The columns of an employee and their current card that the engine reads (ids: see buildCase). */
export type EngineFacts = {
  employeeId: string;
  cardId: string;
  dateOfBirth: string;
  employmentInsurance: boolean;
  isWorker: boolean;
  statusCode: string;
  holderRole: "principal" | "spouse" | "child";
  hsp2Activity: "i" | "ro" | "ha" | null;
  japaneseContract: boolean | null;
  periodOfStayExpiresOn: string | null;
  cardExpiresOn: string | null;
  extraActivityPermission: "none" | "comprehensive" | "individual";
  renewalAppliedOn: string | null;
  renewalDecidedOn: string | null;
};

export type StoredEvent = CaseEvent;

/**
 * Stored facts → the engine's case, for the read-side views (overview, table, timeline). It is the
 * pipeline's own buildCase, so a view can never disagree with the duties the pipeline stored (e.g. a
 * renewal_applied event counts only for the card it was recorded against). `null` means the facts do
 * not satisfy the engine's contract: views show "check the data" rather than guess.
 */
export function engineCase(
  asOf: string,
  facts: EngineFacts,
  events: readonly StoredEvent[] = [],
): TEvaluateCase | null {
  const { employeeId, cardId, dateOfBirth, employmentInsurance, isWorker, ...card } = facts;
  return buildCase(
    { id: employeeId, dateOfBirth, employmentInsurance, isWorker },
    { id: cardId, ...card },
    events,
    asOf,
  );
}

/** SQL select list of EngineFacts over aliases e (employees) and c (current card). */
export const ENGINE_FACTS_COLUMNS = `e.id as "employeeId", c.id as "cardId", e.date_of_birth::text as "dateOfBirth",
  e.employment_insurance as "employmentInsurance", e.is_worker as "isWorker",
  c.status_code as "statusCode", c.holder_role as "holderRole", c.hsp2_activity as "hsp2Activity", c.japanese_contract as "japaneseContract",
  c.period_of_stay_expires_on::text as "periodOfStayExpiresOn", c.card_expires_on::text as "cardExpiresOn",
  c.extra_activity_permission as "extraActivityPermission", c.renewal_applied_on::text as "renewalAppliedOn", c.renewal_decided_on::text as "renewalDecidedOn"`;

/** The card_records columns ENGINE_FACTS_COLUMNS reads from alias c, for a subquery standing in for it. */
export const CARD_COLUMNS = `c.id, c.employee_id, c.status_code, c.holder_role, c.hsp2_activity, c.japanese_contract,
  c.period_of_stay_expires_on, c.card_expires_on, c.extra_activity_permission, c.renewal_applied_on, c.renewal_decided_on`;
