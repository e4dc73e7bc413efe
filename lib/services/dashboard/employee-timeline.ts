import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { evaluate, type TEvaluateResult } from "@/lib/compliance";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "../context";
import { ENGINE_FACTS_COLUMNS, type EngineFacts, engineCase } from "./engine-case";
import { eventsOf, pgArray } from "./work-risks";

const RELATED_ENTITY_TYPES = ["card", "card_record", "event", "card_check", "confirmation"];

export type TimelineDuty = {
  id: string;
  code: string;
  trigger: string;
  triggerDate: string;
  owner: "employee" | "employer";
  dueDate: string;
  nominalDueDate: string;
  status: string;
  bestEffort: boolean;
  approximate: boolean;
  toConfirm: boolean;
  rule: string;
  basis: string;
  source: string;
  explanation: { ja: string; en: string } | null;
  muted: boolean;
  createdAt: Date;
  closedAt: Date | null;
};

export type TimelineItem =
  | { kind: "card"; at: string; id: string; statusCode: string; expiresOn: string | null; current: boolean }
  | { kind: "event"; at: string; id: string; type: string; date: string }
  | { kind: "duty"; at: string; id: string; code: string; rule: string; dueDate: string; status: string }
  | {
      kind: "email";
      at: string;
      id: string;
      mailKind: string;
      recipientType: string;
      status: string;
      attempts: number;
      sentAt: Date | null;
    }
  | { kind: "confirmation"; at: string; id: string; filedOn: string; channel: string; status: string }
  | { kind: "check"; at: string; id: string; checkedOn: string; result: string; checkerName: string | null }
  | { kind: "audit"; at: string; id: number; action: string; actorType: string; actorName: string | null };

export type CardCheckState =
  | { state: "no_card" }
  | { state: "due_now"; since: string }
  | { state: "at_next_card"; lastOkOn: string; expiresOn: string | null };

export type EmployeeTimeline = {
  /** A check belongs to one card: a renewal or change (a new current card) makes the next one due. */
  cardCheck: CardCheckState;
  /** The engine's answer for today from the stored facts; null when they cannot be evaluated. */
  evaluation: TEvaluateResult | null;
  duties: TimelineDuty[];
  items: TimelineItem[];
};

/**
 * Everything that happened to one employee, newest first, for the employee page: card records, events,
 * duties (with the engine's "why is this due" as stored), emails and their delivery, confirmations, card
 * checks and audit entries. A missing or other company's id is "not found", never an empty page.
 */
export async function getEmployeeTimeline(
  ctx: ServiceContext,
  employeeId: string,
  today: string,
): Promise<EmployeeTimeline> {
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const [facts] = (await tx.execute(sql`
      select ${sql.raw(ENGINE_FACTS_COLUMNS)}
      from employees e left join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null
      where e.company_id = ${ctx.companyId}::uuid and e.id = ${employeeId}::uuid`)) as unknown as (EngineFacts & {
      cardId: string | null;
    })[];
    if (!facts) throw notFound("employee");
    const events = (await eventsOf(tx, ctx.companyId, [employeeId])).get(employeeId) ?? [];
    const input = facts.cardId ? engineCase(today, facts, events) : null;
    const duties = await dutiesOf(tx, ctx.companyId, employeeId);
    const items = [...(await otherItems(tx, ctx.companyId, employeeId)), ...duties.map(dutyItem)];
    items.sort((a, b) => b.at.localeCompare(a.at));
    return {
      evaluation: input ? evaluate(input) : null,
      duties,
      items,
      cardCheck: await cardCheckState(tx, ctx.companyId, facts),
    };
  });
}

async function cardCheckState(
  tx: Tx,
  companyId: string,
  facts: { cardId: string | null; periodOfStayExpiresOn: string | null },
): Promise<CardCheckState> {
  if (!facts.cardId) return { state: "no_card" };
  const [row] = (await tx.execute(sql`
    select (select max(checked_on)::text from card_checks k where k.company_id = c.company_id and k.card_record_id = c.id and k.result = 'ok') as "lastOkOn",
      (c.created_at at time zone 'Asia/Tokyo')::date::text as since
    from card_records c where c.company_id = ${companyId}::uuid and c.id = ${facts.cardId}::uuid`)) as unknown as {
    lastOkOn: string | null;
    since: string;
  }[];
  if (!row) return { state: "no_card" };
  return row.lastOkOn
    ? { state: "at_next_card", lastOkOn: row.lastOkOn, expiresOn: facts.periodOfStayExpiresOn }
    : { state: "due_now", since: row.since };
}

async function dutiesOf(tx: Tx, companyId: string, employeeId: string): Promise<TimelineDuty[]> {
  const rows = (await tx.execute(sql`
    select id, code, trigger, trigger_date::text as "triggerDate", owner, due_date::text as "dueDate", nominal_due_date::text as "nominalDueDate",
      status, best_effort as "bestEffort", approximate, to_confirm as "toConfirm", rule, basis, source, details -> 'explanation' as explanation,
      muted_at is not null as muted, created_at as "createdAt", closed_at as "closedAt"
    from duties where company_id = ${companyId}::uuid and employee_id = ${employeeId}::uuid
    order by (status in ('open', 'submitted')) desc, due_date, code`)) as unknown as (TimelineDuty & {
    createdAt: Date | string;
    closedAt: Date | string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    closedAt: r.closedAt ? new Date(r.closedAt) : null,
    explanation: isBilingual(r.explanation) ? r.explanation : null,
  }));
}

function isBilingual(value: unknown): value is { ja: string; en: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { ja?: unknown }).ja === "string" &&
    typeof (value as { en?: unknown }).en === "string"
  );
}

function dutyItem(d: TimelineDuty): TimelineItem {
  return {
    kind: "duty",
    at: d.createdAt.toISOString(),
    id: d.id,
    code: d.code,
    rule: d.rule,
    dueDate: d.dueDate,
    status: d.status,
  };
}

/** `at` is an ISO timestamp (or a date) so items of every kind sort on one axis. */
async function otherItems(tx: Tx, companyId: string, employeeId: string): Promise<TimelineItem[]> {
  const iso = (v: Date | string) => new Date(v).toISOString();
  const cards = (await tx.execute(sql`
    select id, status_code as "statusCode", period_of_stay_expires_on::text as "expiresOn", superseded_at is null as current, created_at as at
    from card_records where company_id = ${companyId}::uuid and employee_id = ${employeeId}::uuid`)) as unknown as {
    id: string;
    statusCode: string;
    expiresOn: string | null;
    current: boolean;
    at: Date;
  }[];
  const events = (await tx.execute(sql`
    select id, type, date::text as date from events where company_id = ${companyId}::uuid and employee_id = ${employeeId}::uuid and deleted_at is null`)) as unknown as {
    id: string;
    type: string;
    date: string;
  }[];
  const emails = (await tx.execute(sql`
    select id, kind as "mailKind", recipient_type as "recipientType", status, attempts, sent_at as "sentAt", coalesce(sent_at, claimed_at, created_at) as at
    from notifications where company_id = ${companyId}::uuid and employee_id = ${employeeId}::uuid and status <> 'pending' and status <> 'cancelled'
    order by at desc limit 200`)) as unknown as {
    id: string;
    mailKind: string;
    recipientType: string;
    status: string;
    attempts: number;
    sentAt: Date | null;
    at: Date;
  }[];
  const confirmations = (await tx.execute(sql`
    select id, filed_on::text as "filedOn", channel, status, created_at as at from confirmations
    where company_id = ${companyId}::uuid and employee_id = ${employeeId}::uuid`)) as unknown as {
    id: string;
    filedOn: string;
    channel: string;
    status: string;
    at: Date;
  }[];
  const checks = (await tx.execute(sql`
    select k.id, k.checked_on::text as "checkedOn", k.result, u.name as "checkerName", k.created_at as at from card_checks k left join users u on u.id = k.checked_by
    where k.company_id = ${companyId}::uuid and k.employee_id = ${employeeId}::uuid`)) as unknown as {
    id: string;
    checkedOn: string;
    result: string;
    checkerName: string | null;
    at: Date;
  }[];
  // Audit rows about the employee or about rows that belong to them, through the (company, entity type,
  // entity id) index: never a scan of the company's whole log.
  const related = [
    ...cards.map((c) => c.id),
    ...events.map((e) => e.id),
    ...checks.map((k) => k.id),
    ...confirmations.map((c) => c.id),
  ];
  const audit = (await tx.execute(sql`
    select a.id, a.action, a.actor_type as "actorType", u.name as "actorName", a.created_at as at from audit_log a
    left join users u on a.actor_type = 'user' and u.id::text = a.actor_id
    where a.company_id = ${companyId}::uuid
      and ((a.entity_type = 'employee' and a.entity_id = ${employeeId})
        or (a.entity_type = any(${pgArray(RELATED_ENTITY_TYPES)}::text[]) and a.entity_id = any(${pgArray(related)}::text[])))
    order by a.id desc limit 200`)) as unknown as {
    id: number;
    action: string;
    actorType: string;
    actorName: string | null;
    at: Date;
  }[];
  return [
    ...cards.map((c) => ({ kind: "card" as const, ...c, at: iso(c.at) })),
    ...events.map((e) => ({ kind: "event" as const, ...e, at: `${e.date}T00:00:00.000Z` })),
    ...emails.map((m) => ({
      kind: "email" as const,
      ...m,
      sentAt: m.sentAt ? new Date(m.sentAt) : null,
      at: iso(m.at),
    })),
    ...confirmations.map((c) => ({ kind: "confirmation" as const, ...c, at: iso(c.at) })),
    ...checks.map((k) => ({ kind: "check" as const, ...k, at: iso(k.at) })),
    ...audit.map((a) => ({ kind: "audit" as const, ...a, id: Number(a.id), at: iso(a.at) })),
  ];
}
