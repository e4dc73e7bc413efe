/**
 * 特定技能 host organisation annual report window (RULES R9, R11; scenario 39).
 * Filed 1 April – 31 May for the previous fiscal year (1 April – 31 March), for fiscal years from
 * FY2025 (earlier years used the quarterly report). The window's end is a fixed calendar date:
 * whether it rolls past a closed day is unconfirmed (L), so remind by the last open day on or before it
 * and show the rolled date for information only.
 */
import { isClosedDay, lastOpenDayOnOrBefore, rollForward } from "../dates/closed-days";
import { type IsoDate, parseIsoDate } from "../dates/day-number";
import { ruleInForce, ruleRef } from "../rules/catalogue";
import type { Bilingual } from "../rules/types";

export type SswAnnualWindow = {
  fiscalYear: number;
  coversFrom: IsoDate;
  coversTo: IsoDate;
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** The last open day on or before closesOn: the date reminders target. */
  remindBy: IsoDate;
  informationalRolledDate: IsoDate;
  /** True when closesOn is a closed day, so whether it rolls matters and is unconfirmed. */
  toConfirm: boolean;
  rule: string;
  basis: string;
  source: string;
  explanation: Bilingual;
};

/** Fiscal year (April–March) containing `date`: 2026-03-31 → 2025. */
export function sswFiscalYearOf(date: IsoDate): number {
  const c = parseIsoDate(date);
  if (!c) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  return c.month >= 4 ? c.year : c.year - 1;
}

/** The window for `fiscalYear` (FY2025 → 2026-04-01…2026-05-31), or null before the annual regime. */
export function sswAnnualReportWindow(fiscalYear: number): SswAnnualWindow | null {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9998)
    throw new RangeError(`bad fiscal year: ${fiscalYear}`);
  const coversFrom = `${fiscalYear}-04-01`;
  const rule = ruleInForce("ssw-periodic", coversFrom);
  if (rule?.deadline.kind !== "annual_window") return null;
  const next = fiscalYear + 1;
  const closesOn = `${next}-${rule.deadline.closesMonthDay}`;
  return {
    fiscalYear,
    coversFrom,
    coversTo: `${next}-03-31`,
    opensOn: `${next}-${rule.deadline.opensMonthDay}`,
    closesOn,
    remindBy: lastOpenDayOnOrBefore(closesOn),
    informationalRolledDate: rollForward(closesOn),
    toConfirm: isClosedDay(closesOn),
    rule: ruleRef(rule),
    basis: rule.basis,
    source: rule.source,
    explanation: rule.explanation,
  };
}
