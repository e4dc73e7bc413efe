/**
 * 資格外活動 comprehensive permission hours (施行規則 19(5)(i); RULES R6, scenarios 19–21):
 * - at most 28 hours in ANY 7-day window (starting on any weekday), summed across all employers;
 * - 留学 only: inside the school's long vacation, at most 8 hours a day instead. Hours on long-vacation
 *   days do not count towards the 28 (a window straddling the vacation boundary is flagged to confirm);
 * - 家族滞在 and others have no vacation exception.
 * Inputs are programmer-supplied; invalid dates or hours throw RangeError.
 */
import { fromDay, type IsoDate, toDay } from "../dates/day-number";
import { type StatusCode, statusInfo } from "../statuses";

export type Shift = { date: IsoDate; hours: number };
export type DateRange = { from: IsoDate; to: IsoDate };
export type WorkHoursInput = {
  status: StatusCode;
  shifts: readonly Shift[];
  longVacations?: readonly DateRange[];
};

export const WEEKLY_LIMIT_HOURS = 28;
export const LONG_VACATION_DAILY_LIMIT_HOURS = 8;

export type HoursViolation =
  | { kind: "weekly_28_hours"; from: IsoDate; to: IsoDate; hours: number; limit: number }
  | { kind: "daily_8_hours"; date: IsoDate; hours: number; limit: number };
export type HoursWarning = {
  kind: "window_straddles_long_vacation";
  from: IsoDate;
  to: IsoDate;
  hours: number;
  termHours: number;
  toConfirm: true;
};
export type HoursCheck = { ok: boolean; violations: HoursViolation[]; warnings: HoursWarning[] };

type Prepared = { byDay: Map<number, number>; isVacation: (day: number) => boolean };

function prepare(input: WorkHoursInput, skipDay?: number): Prepared {
  const byDay = new Map<number, number>();
  for (const s of input.shifts) {
    if (!Number.isFinite(s.hours) || s.hours < 0 || s.hours > 24)
      throw new RangeError(`hours must be 0–24: ${s.hours}`);
    const d = toDay(s.date);
    if (d !== skipDay) byDay.set(d, (byDay.get(d) ?? 0) + s.hours);
  }
  const ranges = statusInfo(input.status).longVacationRule
    ? (input.longVacations ?? []).map((r) => [toDay(r.from), toDay(r.to)] as const)
    : [];
  return { byDay, isVacation: (day) => ranges.some(([a, b]) => day >= a && day <= b) };
}

/** Total and term-time hours of the 7-day window starting on `start`, and whether it crosses a vacation edge. */
function windowHours(p: Prepared, start: number): { total: number; term: number; straddles: boolean } {
  let total = 0;
  let term = 0;
  let vacationDays = 0;
  for (let d = start; d < start + 7; d++) {
    const h = p.byDay.get(d) ?? 0;
    total += h;
    if (p.isVacation(d)) vacationDays++;
    else term += h;
  }
  return { total, term, straddles: vacationDays > 0 && vacationDays < 7 };
}

export function checkWorkHours(input: WorkHoursInput): HoursCheck {
  const p = prepare(input);
  const violations: HoursViolation[] = [];
  const warnings: HoursWarning[] = [];
  const days = [...p.byDay.keys()].sort((a, b) => a - b);
  for (const d of days) {
    const h = p.byDay.get(d) ?? 0;
    if (p.isVacation(d) && h > LONG_VACATION_DAILY_LIMIT_HOURS) {
      violations.push({
        kind: "daily_8_hours",
        date: fromDay(d),
        hours: h,
        limit: LONG_VACATION_DAILY_LIMIT_HOURS,
      });
    }
  }
  // Every window that contains at least one shift, each start once, in order.
  const starts = new Set<number>();
  for (const d of days) for (let s = d - 6; s <= d; s++) starts.add(s);
  for (const s of [...starts].sort((a, b) => a - b)) {
    const { total, term, straddles } = windowHours(p, s);
    const span = { from: fromDay(s), to: fromDay(s + 6) };
    if (term > WEEKLY_LIMIT_HOURS)
      violations.push({ kind: "weekly_28_hours", ...span, hours: term, limit: WEEKLY_LIMIT_HOURS });
    else if (straddles && total > WEEKLY_LIMIT_HOURS)
      warnings.push({
        kind: "window_straddles_long_vacation",
        ...span,
        hours: total,
        termHours: term,
        toConfirm: true,
      });
  }
  return { ok: violations.length === 0, violations, warnings };
}

export type MaxHours = {
  date: IsoDate;
  maxHours: number;
  /** The binding limit; "none" when no 7-day window allows fewer than 24 hours. */
  reason: "weekly_28_hours" | "daily_8_hours" | "none";
  window: DateRange | null;
};

/**
 * The most hours that may be worked on `date` given the other shifts (planning; scenario 19: with 23 h on
 * 06-02…06-07, 06-08 may take at most 5 h). Shifts already on `date` are replaced, not added to.
 */
export function maxHoursOn(input: WorkHoursInput & { date: IsoDate }): MaxHours {
  const day = toDay(input.date);
  const p = prepare(input, day);
  if (p.isVacation(day))
    return {
      date: input.date,
      maxHours: LONG_VACATION_DAILY_LIMIT_HOURS,
      reason: "daily_8_hours",
      window: null,
    };
  // A window binds only when it allows fewer hours than the day itself has.
  let best = 24;
  let window: DateRange | null = null;
  for (let s = day - 6; s <= day; s++) {
    const allowed = Math.max(0, WEEKLY_LIMIT_HOURS - windowHours(p, s).term);
    if (allowed < best) {
      best = allowed;
      window = { from: fromDay(s), to: fromDay(s + 6) };
    }
  }
  return { date: input.date, maxHours: best, reason: window ? "weekly_28_hours" : "none", window };
}
