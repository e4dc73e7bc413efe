import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import {
  addDays,
  checkWorkHours,
  type HoursViolation,
  isStatusCode,
  type MaxHours,
  maxHoursOn,
  statusInfo,
} from "@/lib/compliance";
import type { ServiceContext } from "../context";
import { pgArray } from "../dashboard/work-risks";

/** How far back and ahead the hours views look: a month of history, the planned schedule ahead. */
export const HOURS_PAST_DAYS = 35;
export const HOURS_AHEAD_DAYS = 90;

/** A run of overlapping over-limit 7-day windows, reported once: first day, last day, worst total. */
export type HoursFlag = {
  kind: "weekly_28_hours" | "daily_8_hours";
  from: string;
  to: string;
  hours: number;
  limit: number;
  planned: boolean;
};

export type HoursPerson = {
  employeeId: string;
  nameOnCard: string;
  employeeNumber: string | null;
  statusCode: string;
  hasVacationRule: boolean;
};

/** Employees under the 28-hour rule: a current card with comprehensive 資格外活動許可 (RULES R6). */
export async function hoursPeople(tx: Tx, companyId: string, employeeId?: string): Promise<HoursPerson[]> {
  const rows = (await tx.execute(sql`
    select e.id as "employeeId", e.name_on_card as "nameOnCard", e.employee_number as "employeeNumber", c.status_code as "statusCode"
    from employees e join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null
    where e.company_id = ${companyId}::uuid and e.archived_at is null and c.extra_activity_permission = 'comprehensive'
      ${employeeId ? sql`and e.id = ${employeeId}::uuid` : sql``}
    order by e.name_on_card, e.id`)) as unknown as Omit<HoursPerson, "hasVacationRule">[];
  return rows
    .filter((r) => isStatusCode(r.statusCode))
    .map((r) => ({
      ...r,
      hasVacationRule: isStatusCode(r.statusCode) && statusInfo(r.statusCode).longVacationRule,
    }));
}

export type Schedule = {
  shifts: { date: string; hours: number }[];
  vacations: { id: string; startsOn: string; endsOn: string }[];
};

/** Shifts in [today − 35, today + 90] and all long vacations of the given employees. */
export async function schedules(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
  today: string,
): Promise<Map<string, Schedule>> {
  const out = new Map<string, Schedule>(ids.map((id) => [id, { shifts: [], vacations: [] }]));
  if (ids.length === 0) return out;
  const shifts = (await tx.execute(sql`
    select employee_id as id, date::text as date, hours::float8 as hours from shifts
    where company_id = ${companyId}::uuid and employee_id = any(${pgArray(ids)}::uuid[])
      and date between ${addDays(today, -HOURS_PAST_DAYS)}::date and ${addDays(today, HOURS_AHEAD_DAYS)}::date
    order by date`)) as unknown as { id: string; date: string; hours: number }[];
  for (const s of shifts) out.get(s.id)?.shifts.push({ date: s.date, hours: Number(s.hours) });
  const vacations = (await tx.execute(sql`
    select id as "vacationId", employee_id as id, starts_on::text as "startsOn", ends_on::text as "endsOn" from long_vacations
    where company_id = ${companyId}::uuid and employee_id = any(${pgArray(ids)}::uuid[]) order by starts_on`)) as unknown as {
    vacationId: string;
    id: string;
    startsOn: string;
    endsOn: string;
  }[];
  for (const v of vacations)
    out.get(v.id)?.vacations.push({ id: v.vacationId, startsOn: v.startsOn, endsOn: v.endsOn });
  return out;
}

/**
 * The engine's check of one person's schedule, turned into flags HR can act on: overlapping windows
 * merged into one run; "planned" when the run reaches today or later, so it can still be prevented.
 */
export function hoursFlags(
  person: HoursPerson,
  schedule: Schedule,
  today: string,
): { flags: HoursFlag[]; toConfirm: number } {
  if (!isStatusCode(person.statusCode)) return { flags: [], toConfirm: 0 };
  const check = checkWorkHours({
    status: person.statusCode,
    shifts: schedule.shifts,
    longVacations: schedule.vacations.map((v) => ({ from: v.startsOn, to: v.endsOn })),
  });
  return { flags: merge(check.violations, today), toConfirm: check.warnings.length };
}

function merge(violations: readonly HoursViolation[], today: string): HoursFlag[] {
  const flags: HoursFlag[] = [];
  for (const v of violations) {
    const span = v.kind === "weekly_28_hours" ? { from: v.from, to: v.to } : { from: v.date, to: v.date };
    const last = flags.at(-1);
    if (last && last.kind === v.kind && span.from <= last.to) {
      if (span.to > last.to) last.to = span.to;
      last.hours = Math.max(last.hours, v.hours);
    } else flags.push({ kind: v.kind, ...span, hours: v.hours, limit: v.limit, planned: false });
  }
  for (const f of flags) f.planned = f.to >= today;
  return flags;
}

/** The most that may still be worked on each of the next `days` days, given the rest of the schedule. */
export function maxAhead(person: HoursPerson, schedule: Schedule, today: string, days = 14): MaxHours[] {
  const status = person.statusCode;
  if (!isStatusCode(status)) return [];
  const longVacations = schedule.vacations.map((v) => ({ from: v.startsOn, to: v.endsOn }));
  return Array.from({ length: days }, (_, i) =>
    maxHoursOn({ status, shifts: schedule.shifts, longVacations, date: addDays(today, i) }),
  );
}

/** Hours in the 7 days ending today (today included), the figure HR checks first. */
export function lastSevenDays(schedule: Schedule, today: string): number {
  const from = addDays(today, -6);
  return schedule.shifts
    .filter((s) => s.date >= from && s.date <= today)
    .reduce((sum, s) => sum + s.hours, 0);
}

/** The hours overview: everyone under the rule, their last 7 days and their flags, planned problems first. */
export async function listHoursOverview(ctx: ServiceContext, today: string) {
  return withTenant(ctx, async (tx) => {
    const people = await hoursPeople(tx, ctx.companyId);
    const plans = await schedules(
      tx,
      ctx.companyId,
      people.map((p) => p.employeeId),
      today,
    );
    const rows = people.map((p) => {
      const schedule = plans.get(p.employeeId) ?? { shifts: [], vacations: [] };
      return {
        ...p,
        lastSevenDays: lastSevenDays(schedule, today),
        ...hoursFlags(p, schedule, today),
        plannedShifts: schedule.shifts.filter((s) => s.date > today).length,
      };
    });
    const rank = (r: (typeof rows)[number]) => (r.flags.some((f) => f.planned) ? 0 : r.flags.length ? 1 : 2);
    return rows.sort((x, y) => rank(x) - rank(y) || x.nameOnCard.localeCompare(y.nameOnCard));
  });
}
