/**
 * Japan calendar dates as ISO `YYYY-MM-DD` strings and as integer day numbers (days since 1970-01-01).
 *
 * Invariant: nothing here constructs a Date or reads the clock, so results cannot depend on the
 * process time zone. The conversions use the proleptic Gregorian "days from civil" algorithm
 * (H. Hinnant), which agrees with Date.UTC for every date (checked by the unit tests).
 */

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, Gregorian leap rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date; month is 1–12. */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export type Civil = { year: number; month: number; day: number };

/** Inverse of civilToDay. */
export function dayToCivil(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses an ISO date; returns null for anything that is not a real calendar date (2026-02-30). */
export function parseIsoDate(iso: string): Civil | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && parseIsoDate(value) !== null;
}

/** Day number of an ISO date. Throws on an invalid date: callers validate at the boundary. */
export function toDay(iso: IsoDate): number {
  const c = parseIsoDate(iso);
  if (!c) throw new RangeError(`not a date YYYY-MM-DD: ${iso}`);
  return civilToDay(c.year, c.month, c.day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function civilToIso(c: Civil): IsoDate {
  return `${String(c.year).padStart(4, "0")}-${pad2(c.month)}-${pad2(c.day)}`;
}

export function fromDay(n: number): IsoDate {
  return civilToIso(dayToCivil(n));
}

/** ISO weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return weekdayOfDay(toDay(iso));
}

/** Calendar-day arithmetic: `addDays("2020-10-26", 14)` → "2020-11-09" (R0: the event day is not counted). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDay(toDay(iso) + n);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(b) - toDay(a);
}

/** ISO strings of real dates compare correctly as strings; these helpers make the intent explicit. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
