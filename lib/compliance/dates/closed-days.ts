/**
 * Closed days of administrative organs (行政機関の休日, Holiday Act art. 1; RULES R0, R11):
 * Saturdays, Sundays, national holidays (substitute and sandwiched "citizens' holidays" included)
 * and 29 December – 3 January.
 *
 * Holidays come from @holiday-jp/holiday_jp's data object, keyed by ISO date. Its date helpers are
 * not used: they build local-time Dates and would depend on the process TZ. The closed/open answer
 * is precomputed into a bitmap over the data's years, so the hot path is one array read.
 */
import holidayJp from "@holiday-jp/holiday_jp";
import { civilToDay, dayToCivil, fromDay, type IsoDate, toDay, weekdayOfDay } from "./day-number";

/** ISO dates of every national holiday in the data set. */
export const HOLIDAYS: ReadonlySet<IsoDate> = new Set(Object.keys(holidayJp.holidays));

const holidayKeys = [...HOLIDAYS].sort();
const firstYear = Number(holidayKeys[0]?.slice(0, 4) ?? 1970);
const lastYear = Number(holidayKeys.at(-1)?.slice(0, 4) ?? 1970);

/** Years for which national holidays are known; outside it only weekends and 12-29…01-03 count. */
export const HOLIDAY_DATA_RANGE = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` } as const;

const base = civilToDay(firstYear, 1, 1);
const end = civilToDay(lastYear, 12, 31);

function isYearEndClosure(n: number): boolean {
  const { month, day } = dayToCivil(n);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

function computeClosed(n: number): boolean {
  const wd = weekdayOfDay(n);
  return wd === 0 || wd === 6 || isYearEndClosure(n) || HOLIDAYS.has(fromDay(n));
}

const closedBitmap = new Uint8Array(end - base + 1);
for (let n = base; n <= end; n++) closedBitmap[n - base] = computeClosed(n) ? 1 : 0;

/** True when `n` (a day number) lies inside the years the holiday data covers. */
export function hasHolidayData(n: number): boolean {
  return n >= base && n <= end;
}

export function isClosedDayNumber(n: number): boolean {
  return hasHolidayData(n) ? closedBitmap[n - base] === 1 : computeClosed(n);
}

export function isHoliday(iso: IsoDate): boolean {
  return HOLIDAYS.has(iso);
}

export function isClosedDay(iso: IsoDate): boolean {
  return isClosedDayNumber(toDay(iso));
}

/** Next open day on or after `n` (Holiday Act art. 2 extension of a period's last day). */
export function rollForwardDay(n: number): number {
  let d = n;
  while (isClosedDayNumber(d)) d++;
  return d;
}

/** Last open day on or before `n`. */
export function lastOpenDayOnOrBeforeDay(n: number): number {
  let d = n;
  while (isClosedDayNumber(d)) d--;
  return d;
}

/** `iso` itself when open, else the next open day: 2026-07-18 (Sat) → 2026-07-21 (Tue, after 海の日). */
export function rollForward(iso: IsoDate): IsoDate {
  const n = toDay(iso);
  const r = rollForwardDay(n);
  return r === n ? iso : fromDay(r);
}

/** `iso` itself when open, else the last open day before it: 2026-05-04 → 2026-05-01. */
export function lastOpenDayOnOrBefore(iso: IsoDate): IsoDate {
  const n = toDay(iso);
  const r = lastOpenDayOnOrBeforeDay(n);
  return r === n ? iso : fromDay(r);
}

/** Period deadline: `event` + `days`, extended past closed days (R0 addDays + rollForward). */
export function periodDeadline(event: IsoDate, days: number): { nominal: IsoDate; due: IsoDate } {
  const nominal = fromDay(toDay(event) + days);
  return { nominal, due: rollForward(nominal) };
}
