import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { addDays, addMonthsClamped, evaluate, STATUSES, type TEvaluateResult } from "@/lib/compliance";
import {
  CARD_COLUMNS,
  ENGINE_FACTS_COLUMNS,
  type EngineFacts,
  engineCase,
  type StoredEvent,
} from "./engine-case";

export type WorkRiskKind = "cannot_work" | "special_period" | "renewal_window";
export type CannotWorkReason = "expired" | "graduated" | "no_permission" | "temporary_visitor";

export type WorkRisk = {
  kind: WorkRiskKind;
  employeeId: string;
  nameOnCard: string;
  nameKana: string | null;
  statusCode: string;
  expiresOn: string | null;
  /** cannot_work: why; the other kinds: null. */
  reason: CannotWorkReason | null;
  /** special_period: "may work until"; renewal_window: the expiry (the last day to file); cannot_work: since when, if known. */
  date: string | null;
};

type CandidateRow = EngineFacts & { nameOnCard: string; nameKana: string | null };

/** Statuses that allow no work without 資格外活動許可 (work class N in statuses.json). */
const NO_WORK_STATUSES = STATUSES.filter((s) => s.work === "N").map((s) => s.code);

/**
 * Who may not work today, who is in the special period and whose renewal window is open, decided by the
 * engine (never re-implemented here). SQL only narrows the field to a superset of candidates, so the
 * engine runs on hundreds of people, not the whole company: a stay ending before today + 3 months + 7 days
 * (the window opens "3 months before", month-end clamped, so a week's slack covers every clamp), a
 * non-working status without permission, a temporary visitor, or a recorded graduation/naturalisation.
 * Archived and separated employees are left out: they are not working here.
 */
export async function workRisks(tx: Tx, companyId: string, today: string): Promise<WorkRisk[]> {
  const horizon = addDays(addMonthsClamped(today, 3), 7);
  // Cards first, then their employees: joined on (company, employee) the planner multiplied two
  // correlated equalities and, at a million employees, expected 61 rows for 1,786 (nested loops, a
  // subplan per row). The card filter alone is estimated from the card's own statistics.
  const candidates = (await tx.execute(sql`
    with c as materialized (
      select ${sql.raw(CARD_COLUMNS)} from card_records c
      where c.company_id = ${companyId}::uuid and c.superseded_at is null
        and (c.period_of_stay_expires_on <= ${horizon}::date
          or (c.status_code = any(${pgArray(NO_WORK_STATUSES)}::text[]) and c.extra_activity_permission = 'none')
          or c.status_code = 'temporary_visitor'
          or c.employee_id in (select ev.employee_id from events ev
            where ev.company_id = ${companyId}::uuid and ev.deleted_at is null and ev.type in ('graduated', 'naturalized'))))
    select ${sql.raw(ENGINE_FACTS_COLUMNS)}, e.name_on_card as "nameOnCard", e.name_kana as "nameKana"
    from c join employees e on e.id = c.employee_id
    where e.company_id = ${companyId}::uuid and e.archived_at is null
      and (e.employment_ended_on is null or e.employment_ended_on >= ${today}::date)
  `)) as unknown as CandidateRow[];
  if (candidates.length === 0) return [];
  const events = await eventsOf(
    tx,
    companyId,
    candidates.map((c) => c.employeeId),
  );
  const risks: WorkRisk[] = [];
  for (const person of candidates) {
    const risk = classifyMemo(today, person, events.get(person.employeeId) ?? []);
    if (risk) risks.push(risk);
  }
  return risks;
}

/**
 * classify(engine(facts)) is a pure function of today, the person's stored facts and events, so its
 * answers are kept by exactly those inputs (most-recently-used, bounded): a view repeated the same day
 * skips the engine's validation and evaluation for everyone whose facts did not change, and any change
 * (an edit, a new event, the next day) is a different key, never a stale answer.
 */
const memo = new Map<string, WorkRisk | null>();
const MEMO_SIZE = 50_000;

/**
 * Every input, position by position, each value length-prefixed so no text (a name, an event's data)
 * can shift the fields after it: equal keys mean equal inputs.
 */
function memoKey(today: string, person: CandidateRow, events: readonly StoredEvent[]): string {
  const part = (value: unknown) => {
    const text = value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
    return `${value === null ? "n" : text.length}:${text}`;
  };
  let key = today;
  for (const value of Object.values(person)) key += part(value);
  for (const e of events) key += part(e.id) + part(e.type) + part(e.date) + part(e.data);
  return key;
}

function classifyMemo(today: string, person: CandidateRow, events: readonly StoredEvent[]): WorkRisk | null {
  const key = memoKey(today, person, events);
  const known = memo.get(key);
  if (known !== undefined) {
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const input = engineCase(today, person, events);
  const classified = input ? classify(today, person, evaluate(input)) : null;
  // Shared by every later view with the same inputs: frozen so no caller can change another's answer.
  const risk = classified && Object.freeze(classified);
  memo.set(key, risk);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return risk;
}

/** Non-deleted events of the given employees, grouped by employee. */
export async function eventsOf(
  tx: Tx,
  companyId: string,
  employeeIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const out = new Map<string, StoredEvent[]>();
  if (employeeIds.length === 0) return out;
  const rows = (await tx.execute(sql`
    select id, employee_id as "employeeId", type, date::text as date, data from events
    where company_id = ${companyId}::uuid and deleted_at is null and employee_id = any(${pgArray(employeeIds)}::uuid[])
  `)) as unknown as (StoredEvent & { employeeId: string })[];
  for (const { employeeId, ...event } of rows) out.set(employeeId, [...(out.get(employeeId) ?? []), event]);
  return out;
}

/**
 * One bound parameter holding a PostgreSQL array literal ("{a,b}"), cast in the query. Used for id and
 * code lists so a list of thousands is one parameter, not thousands. Items are plain ids or codes.
 */
export function pgArray(items: readonly string[]): string {
  for (const item of items) if (!/^[\w-]+$/.test(item)) throw new Error("pgArray takes ids and codes only");
  return `{${items.join(",")}}`;
}

function classify(today: string, person: CandidateRow, result: TEvaluateResult): WorkRisk | null {
  const base = {
    employeeId: person.employeeId,
    nameOnCard: person.nameOnCard,
    nameKana: person.nameKana,
    statusCode: person.statusCode,
    expiresOn: person.periodOfStayExpiresOn,
  };
  const { work } = result;
  if (work.state === "not_authorized") {
    const codes = new Set(result.advisories.map((a) => a.code));
    const reason: CannotWorkReason = codes.has("do_not_hire")
      ? "temporary_visitor"
      : codes.has("graduated_stop_work")
        ? "graduated"
        : codes.has("overstay")
          ? "expired"
          : "no_permission";
    const since =
      result.advisories.find(
        (a) =>
          (reason === "expired" && a.code === "overstay") ||
          (reason === "graduated" && a.code === "graduated_stop_work"),
      )?.date ?? null;
    return { ...base, kind: "cannot_work", reason, date: since };
  }
  if (work.state === "special_period")
    return { ...base, kind: "special_period", reason: null, date: work.until };
  const renewal = result.duties.find((d) => d.code === "period_of_stay_renewal");
  if (renewal?.windowOpensOn && renewal.windowOpensOn <= today && today <= renewal.dueDate)
    return { ...base, kind: "renewal_window", reason: null, date: renewal.dueDate };
  return null;
}
