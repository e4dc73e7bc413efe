/**
 * Statuses of residence (在留資格) and holder types, loaded from data/statuses.json (RULES R1, R7).
 * Invariant: STATUS_CODES and the JSON list hold exactly the same codes (checked at load and in tests).
 */
import statusesJson from "./data/statuses.json";
import type { IsoDate } from "./dates/day-number";

export const STATUS_CODES = [
  "diplomat",
  "official",
  "professor",
  "artist",
  "religious_activities",
  "journalist",
  "hsp_1_i",
  "hsp_1_ro",
  "hsp_1_ha",
  "hsp_2",
  "business_manager",
  "legal_accounting",
  "medical_services",
  "researcher",
  "instructor",
  "engineer_specialist",
  "intra_company_transferee",
  "nursing_care",
  "entertainer",
  "skilled_labor",
  "ssw_1",
  "ssw_2",
  "titp_1",
  "titp_2",
  "titp_3",
  "esd",
  "cultural_activities",
  "temporary_visitor",
  "student",
  "trainee",
  "dependent",
  "designated_activities",
  "permanent_resident",
  "spouse_of_japanese",
  "spouse_of_pr",
  "long_term_resident",
  "special_permanent_resident",
] as const;

export type StatusCode = (typeof STATUS_CODES)[number];

/** U unrestricted · S within the status · D as the 指定書 designates · N none without 資格外活動許可. */
export type WorkClass = "U" | "S" | "D" | "N";

/** 19-16 category as stored; the per-person category is resolved in engine/notify-category.ts. */
export type NotifyClass =
  | "activity"
  | "contract"
  | "spouse"
  | "none"
  | "contract_or_activity"
  | "contract_if_japanese_contract"
  | "unknown";

export type StatusInfo = {
  code: StatusCode;
  ja: string;
  en: string;
  work: WorkClass;
  notify: NotifyClass;
  notifyNote: string | null;
  /** A residence card is issued (for most statuses only when the period granted exceeds 3 months). */
  card: boolean;
  /** Work is tied to a 指定書 (designated employer, field or activities). */
  designation: boolean;
  /** Exempt from the Hello Work report (R3): special permanent residents, diplomats, officials. */
  helloWorkExempt: boolean;
  hireable: boolean;
  /** 留学 only: 8 hours a day inside the school's long vacation (R6). */
  longVacationRule: boolean;
  /** 特定技能: the host organisation files its own reports (R9). */
  hostOrganisationReports: boolean;
  indefinitePeriod: boolean;
  cardValidityYears: number | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  note: string | null;
};

type RawStatus = (typeof statusesJson.statuses)[number];

function toInfo(raw: RawStatus): StatusInfo {
  const r = raw as Partial<Record<string, unknown>> & RawStatus;
  const str = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : null);
  const bool = (k: string, dflt: boolean) => (typeof r[k] === "boolean" ? (r[k] as boolean) : dflt);
  return {
    code: raw.code as StatusCode,
    ja: raw.ja,
    en: raw.en,
    work: raw.work as WorkClass,
    notify: raw.notify as NotifyClass,
    notifyNote: str("notifyNote"),
    card: raw.card,
    designation: bool("designation", false),
    // 特別永住者 is not a status of residence and never has a period of stay.
    helloWorkExempt: bool("helloWorkExempt", false),
    hireable: bool("hireable", true),
    longVacationRule: bool("longVacationRule", false),
    hostOrganisationReports: bool("hostOrganisationReports", false),
    indefinitePeriod: bool("indefinitePeriod", false) || raw.code === "special_permanent_resident",
    cardValidityYears: typeof r.cardValidityYears === "number" ? r.cardValidityYears : null,
    validFrom: str("validFrom"),
    validTo: str("validTo"),
    note: str("note") ?? str("validToNote"),
  };
}

export const STATUSES: readonly StatusInfo[] = statusesJson.statuses.map(toInfo);

const byCode = new Map<string, StatusInfo>(STATUSES.map((s) => [s.code, s]));

if (byCode.size !== STATUS_CODES.length || STATUS_CODES.some((c) => !byCode.has(c))) {
  throw new Error("lib/compliance: data/statuses.json and STATUS_CODES disagree");
}

export function isStatusCode(code: unknown): code is StatusCode {
  return typeof code === "string" && byCode.has(code);
}

/** The status for a known code. Throws on an unknown code: validate at the boundary first. */
export function statusInfo(code: StatusCode): StatusInfo {
  const s = byCode.get(code);
  if (!s) throw new RangeError(`unknown status code: ${code}`);
  return s;
}

/** Whether the status can be held on `date` (育成就労 from 2027-04-01; 技能実習1号 is legacy after its validTo). */
export function isStatusGrantable(code: StatusCode, date: IsoDate): boolean {
  const s = statusInfo(code);
  return (s.validFrom === null || date >= s.validFrom) && (s.validTo === null || date <= s.validTo);
}
