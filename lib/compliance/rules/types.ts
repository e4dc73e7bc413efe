/** Rule records: statutory rules as versioned reference data (STYLE 11). */
import type { IsoDate } from "../dates/day-number";

export type Confidence = "H" | "M" | "L";
export type Owner = "employee" | "employer";
export type Bilingual = { ja: string; en: string };

export const DUTY_CODES = [
  "isa_activity_org_notification",
  "isa_contract_org_notification",
  "isa_spouse_notification",
  "isa_org_acceptance_notice",
  "hw_employment_report",
  "ssw_adhoc_report",
  "card_reissue",
  "card_return",
  "address_notification",
  "child_status_acquisition",
  "period_of_stay_renewal",
  "card_validity_renewal",
] as const;
export type DutyCode = (typeof DUTY_CODES)[number];

/**
 * How the last day is computed from the trigger date.
 * - period_days: a period (Civil Code 140: the trigger day is not counted); `extended` applies the
 *   Holiday Act art. 2 / Local Autonomy Act 4-2 extension past closed days.
 * - tenth_of_next_month / end_of_next_month: calendar dates, never extended (RULES decision; L).
 * - on_trigger_date: the trigger date itself is the last day (expiry of a stay or card), never extended.
 * - annual_window: a fixed window after the fiscal year (特定技能 annual report), not extended.
 */
export type DeadlineSpec =
  | { kind: "period_days"; days: number; extended: boolean }
  | { kind: "tenth_of_next_month" }
  | { kind: "end_of_next_month" }
  | { kind: "on_trigger_date" }
  | { kind: "annual_window"; opensMonthDay: string; closesMonthDay: string };

export type Rule = {
  /** Stable identifier; a duty cites `${id}@${version}`. */
  id: string;
  version: number;
  /** First and last day (inclusive) on which a trigger is governed by this version. */
  validFrom: IsoDate;
  validTo: IsoDate | null;
  duty: DutyCode | "ssw_periodic_report";
  owner: Owner;
  /** 努力義務: no penalty. */
  bestEffort: boolean;
  deadline: DeadlineSpec;
  /** Statute text, in Japanese. */
  basis: string;
  /** Official page (moj.go.jp / mhlw.go.jp) as cited in RULES.md. */
  source: string;
  confidence: Confidence;
  /** Shown as "to confirm": the point is L or an open question in RULES.md. */
  toConfirm: boolean;
  title: Bilingual;
  /** "Why is this due?" in one or two sentences. */
  explanation: Bilingual;
  notes: string;
};

export const ISA_HOME = "https://www.moj.go.jp/isa/index.html";
/** Residence-card system (在留管理制度) in force since 2012-07-09. */
export const CARD_SYSTEM_START = "2012-07-09";
