/**
 * Month arithmetic (RULES R0, R4; Civil Code arts. 140, 143).
 * All functions take and return ISO dates and never touch Date or the clock.
 */
import {
  type Civil,
  civilToIso,
  daysInMonth,
  fromDay,
  type IsoDate,
  parseIsoDate,
  toDay,
} from "./day-number";

function civil(iso: IsoDate): Civil {
  const c = parseIsoDate(iso);
  if (!c) throw new RangeError(`not a date YYYY-MM-DD: ${iso}`);
  return c;
}

/** Year and month `n` months after (year, month); n may be negative. */
function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Last day of the month containing `iso`. */
export function endOfMonth(iso: IsoDate): IsoDate {
  const c = civil(iso);
  return civilToIso({ year: c.year, month: c.month, day: daysInMonth(c.year, c.month) });
}

/**
 * Civil Code art. 143 period of `n` months counted from the day after `event` (art. 140, 初日不算入).
 * The period ends on the day before the corresponding day n months later; where that day does not
 * exist it ends on the last day of that month (143(2) proviso); a period starting on the 1st ends on
 * the last day of the n-th month. Examples: 2026-06-30 + 2 → 2026-08-31; 2026-12-31 + 2 → 2027-02-28;
 * 2028-02-29 + 2 → 2028-04-30; 2026-04-01 + 2 → 2026-06-01 (the ISA special-period example).
 */
export function addMonthsPeriod(event: IsoDate, n: number): IsoDate {
  const start = civil(fromDay(toDay(event) + 1));
  if (start.day === 1) {
    const m = shiftMonth(start.year, start.month, n - 1);
    return civilToIso({ year: m.year, month: m.month, day: daysInMonth(m.year, m.month) });
  }
  const m = shiftMonth(start.year, start.month, n);
  if (start.day > daysInMonth(m.year, m.month)) {
    return civilToIso({ year: m.year, month: m.month, day: daysInMonth(m.year, m.month) });
  }
  return fromDay(toDay(civilToIso({ year: m.year, month: m.month, day: start.day })) - 1);
}

/** Same day of month `n` months later (n may be negative), clamped to the end of the target month. */
export function addMonthsClamped(iso: IsoDate, n: number): IsoDate {
  const c = civil(iso);
  const m = shiftMonth(c.year, c.month, n);
  return civilToIso({ year: m.year, month: m.month, day: Math.min(c.day, daysInMonth(m.year, m.month)) });
}

/**
 * Renewal window opening (R4, ISA practice, approximate): the same day of month `n` months earlier,
 * clamped to the month end: 2027-05-31 − 3 → 2027-02-28; 2026-11-30 − 3 → 2026-08-30.
 */
export function subtractMonthsClamped(iso: IsoDate, n: number): IsoDate {
  return addMonthsClamped(iso, -n);
}

/** HW insured hiring (R3): the 10th of the month after the month of `iso`. A calendar date, not a period. */
export function tenthOfNextMonth(iso: IsoDate): IsoDate {
  const c = civil(iso);
  const m = shiftMonth(c.year, c.month, 1);
  return civilToIso({ year: m.year, month: m.month, day: 10 });
}

/** HW non-insured (R3): the last day of the month after the month of `iso`. A calendar date. */
export function lastDayOfNextMonth(iso: IsoDate): IsoDate {
  const c = civil(iso);
  const m = shiftMonth(c.year, c.month, 1);
  return civilToIso({ year: m.year, month: m.month, day: daysInMonth(m.year, m.month) });
}

/** The date on which someone born on `dateOfBirth` reaches `years` (Feb 29 → Feb 28 in common years). */
export function anniversary(dateOfBirth: IsoDate, years: number): IsoDate {
  return addMonthsClamped(dateOfBirth, years * 12);
}
