/** The evaluation contract's output (EVALUATE.md) plus the engine's documented extra fields. */
import type { IsoDate } from "../dates/day-number";
import type { Bilingual, Confidence, DutyCode, Owner } from "../rules/types";
import type { TEventType } from "./schema";

export type TDutyTrigger = TEventType | "period_of_stay" | "card_validity";

export type TDuty = {
  code: DutyCode;
  trigger: TDutyTrigger;
  triggerDate: IsoDate;
  owner: Owner;
  /** The plain arithmetic, before any closed-day extension. */
  nominalDueDate: IsoDate;
  /** The legal last day: extended past closed days only where the law extends it. */
  dueDate: IsoDate;
  bestEffort: boolean;
  /** An input was missing and a fallback date or route was used. */
  approximate: boolean;
  basis: string;
  source: string;
  /** `"<ruleId>@<version>"` of the rule that produced the duty. */
  rule: string;
  confidence: Confidence;
  /** Show as "to confirm" with the source, never as settled fact. */
  toConfirm: boolean;
  /** Why is this due? */
  explanation: Bilingual;
  /** Calendar-date deadlines (not extended): the next open day, for information only. */
  informationalRolledDate?: IsoDate;
  /** HW insured separation: the stricter statutory reading (loss date + 10 = last day + 11), informational. */
  strictReading?: { nominalDueDate: IsoDate; dueDate: IsoDate };
  /** Renewals: when filing opens (approximate for the period of stay). */
  windowOpensOn?: IsoDate;
  /** Renewals: the last day ISA is open on or before the due date. */
  lastOpenDayOnOrBefore?: IsoDate;
  /** Child born in Japan: the 60-day lawful-stay limit (never extended). */
  stayLimitDate?: IsoDate;
};

export type TWorkState = "authorized" | "limited" | "special_period" | "not_authorized" | "check_designation";

export type TWorkLimit =
  | "weekly_28_hours"
  | "long_vacation_8_hours_per_day"
  | "no_adult_entertainment_business"
  | "individual_permission_scope"
  | "designated_activities_only"
  | "status_activities_only"
  | "designated_organisation_only";

export type TWork = {
  state: TWorkState;
  /** Last day the current basis lasts; null when indefinite (or when no work is allowed). */
  until: IsoDate | null;
  limits: TWorkLimit[];
};

export type TRenewal = {
  expiresOn: IsoDate;
  /** About 3 months before expiry (ISA practice; approximate). */
  windowOpensOn: IsoDate;
  lastOpenDayOnOrBefore: IsoDate;
} | null;

export type TAdvisorySeverity = "info" | "warning" | "critical";

export type TAdvisoryCode =
  | "spouse_basis_lapse_risk" // art. 22-4: 6 months (3 for 家族滞在) without spouse activity
  | "graduated_stop_work" // 留学: no part-time work from graduation
  | "special_period" // may work until `date` within the old status
  | "overstay" // expired without a timely application (or the special period ended)
  | "record_new_period_of_stay" // a decision is recorded; the stored expiry is stale
  | "period_of_stay_unknown"
  | "expiry_on_closed_day" // file by the last open day before expiry
  | "do_not_hire" // 短期滞在
  | "read_designation" // 特定活動: the 指定書 decides
  | "special_permanent_resident"
  | "notification_category_unconfirmed" // 育成就労
  | "legacy_status" // 技能実習1号 after its validTo
  | "not_a_worker_no_hello_work" // officers outside the HW report (to confirm)
  | "naturalized"
  | "no_rule_in_force"
  | "holiday_data_unavailable";

/** A soft alert: not a legal deadline, but something HR should know or act on. */
export type TAdvisory = {
  code: TAdvisoryCode;
  severity: TAdvisorySeverity;
  date: IsoDate | null;
  toConfirm: boolean;
  message: Bilingual;
};

export type TEvaluateResult = {
  duties: TDuty[];
  work: TWork;
  renewal: TRenewal;
  advisories: TAdvisory[];
};
