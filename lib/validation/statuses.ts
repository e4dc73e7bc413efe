import statusesData from "@/lib/compliance/data/statuses.json";

export type StatusInfo = (typeof statusesData.statuses)[number];

/** Status codes as shipped data (copied from the legal reference). The engine reads the same file. */
export const STATUS_CODES = statusesData.statuses.map((s) => s.code) as [string, ...string[]];
export const STATUS_BY_CODE: ReadonlyMap<string, StatusInfo> = new Map(
  statusesData.statuses.map((s) => [s.code, s]),
);

/** The 就労制限 line printed on the front of the card (RULES R8), plus the special permanent resident certificate. */
export const WORK_RESTRICTIONS = [
  "就労不可",
  "在留資格に基づく就労活動のみ可",
  "指定書記載機関での在留資格に基づく就労活動のみ可",
  "指定書により指定された就労活動のみ可",
  "就労制限なし",
] as const;
