import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { addDays } from "@/lib/compliance";
import type { ServiceContext } from "../context";
import { type WorkRisk, workRisks } from "./work-risks";

/** How many items each overview list shows; the count links to the full, filtered list. */
export const OVERVIEW_LIST_SIZE = 5;
/** "Due soon" means due within this many days, today included (the 14 days). */
export const DUE_SOON_DAYS = 14;

export type DutyItem = {
  dutyId: string;
  employeeId: string;
  nameOnCard: string;
  code: string;
  rule: string;
  dueDate: string;
  toConfirm: boolean;
};
export type PersonItem = { employeeId: string; nameOnCard: string; statusCode: string; date: string | null };
export type EmailItem = {
  notificationId: string;
  employeeId: string | null;
  nameOnCard: string | null;
  kind: string;
  recipientType: string;
  sendOn: string;
};

export type Section<T> = { count: number; items: T[] };
export type Overview = {
  today: string;
  employees: number;
  cannotWork: Section<WorkRisk>;
  overdue: Section<DutyItem>;
  specialPeriod: Section<WorkRisk>;
  dueSoon: Section<DutyItem>;
  renewalWindow: Section<WorkRisk>;
  unverifiedCards: Section<PersonItem>;
  failedEmails: Section<EmailItem>;
};

/**
 * The company at a glance, most urgent first. Work status comes from the engine (workRisks); duties,
 * card checks and emails are counted set-wise in SQL, a fixed number of queries whatever the head count.
 * The three groups run at once, each in its own tenant transaction (three pool connections), so the
 * engine's Node time overlaps the other queries' database time. Splitting changes no answer: under READ
 * COMMITTED every statement reads its own snapshot, in one transaction or three.
 */
export async function getOverview(ctx: ServiceContext, today: string): Promise<Overview> {
  const [risks, [employees, overdue, dueSoon], [unverifiedCards, failedEmails]] = await Promise.all([
    overviewTransaction(ctx, (tx) => workRisks(tx, ctx.companyId, today)),
    // Statements of one transaction, sent together: postgres.js pipelines them on its connection.
    overviewTransaction(ctx, (tx) =>
      Promise.all([
        countActive(tx, ctx.companyId),
        openDuties(tx, ctx.companyId, { before: today }),
        openDuties(tx, ctx.companyId, { from: today, to: addDays(today, DUE_SOON_DAYS) }),
      ]),
    ),
    overviewTransaction(ctx, (tx) => Promise.all([unverified(tx, ctx.companyId), failed(tx, ctx.companyId)])),
  ]);
  const pick = (kind: WorkRisk["kind"]) => {
    const all = risks
      .filter((r) => r.kind === kind)
      .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.nameOnCard.localeCompare(b.nameOnCard));
    return { count: all.length, items: all.slice(0, OVERVIEW_LIST_SIZE) };
  };
  return {
    today,
    employees,
    cannotWork: pick("cannot_work"),
    overdue,
    specialPeriod: pick("special_period"),
    dueSoon,
    renewalWindow: pick("renewal_window"),
    unverifiedCards,
    failedEmails,
  };
}

/**
 * One of the overview's concurrent tenant transactions, without parallel query workers: the three
 * already share the cores, and at a million employees the planner sent one company's 57 overdue duties
 * through a two-worker Gather (11.5 ms, most of it starting the workers).
 */
function overviewTransaction<T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant(ctx, async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return fn(tx);
  });
}

async function countActive(tx: Tx, companyId: string): Promise<number> {
  const [row] = (await tx.execute(
    sql`select count(*)::int as n from employees where company_id = ${companyId}::uuid and archived_at is null`,
  )) as unknown as { n: number }[];
  return row?.n ?? 0;
}

/** Open duties of active employees, due before a day (overdue) or within [from, to]; earliest first. */
async function openDuties(
  tx: Tx,
  companyId: string,
  range: { before: string } | { from: string; to: string },
): Promise<Section<DutyItem>> {
  const due =
    "before" in range
      ? sql`d.due_date < ${range.before}::date`
      : sql`d.due_date between ${range.from}::date and ${range.to}::date`;
  const rows = (await tx.execute(sql`
    select d.id as "dutyId", d.employee_id as "employeeId", e.name_on_card as "nameOnCard", d.code, d.rule, d.due_date::text as "dueDate",
      d.to_confirm as "toConfirm", count(*) over ()::int as total
    from duties d join employees e on e.company_id = d.company_id and e.id = d.employee_id and e.archived_at is null
    where d.company_id = ${companyId}::uuid and d.status = 'open' and ${due}
    order by d.due_date, e.name_on_card, d.id limit ${OVERVIEW_LIST_SIZE}
  `)) as unknown as (DutyItem & { total: number })[];
  return { count: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...item }) => item) };
}

/**
 * Active employees whose current card has no check recorded against it (a new card needs a new check).
 * Unchecked cards first, then their employees (see workRisks: joined on company and employee, the
 * planner expected 38 rows for 1,632 at a million employees and probed cards once per employee).
 */
async function unverified(tx: Tx, companyId: string): Promise<Section<PersonItem>> {
  const rows = (await tx.execute(sql`
    with c as materialized (
      select c.id, c.employee_id, c.status_code, c.created_at from card_records c
      where c.company_id = ${companyId}::uuid and c.superseded_at is null ${unverifiedCondition})
    select e.id as "employeeId", e.name_on_card as "nameOnCard", c.status_code as "statusCode", (c.created_at at time zone 'Asia/Tokyo')::date::text as date, count(*) over ()::int as total
    from c join employees e on e.id = c.employee_id
    where e.company_id = ${companyId}::uuid and e.archived_at is null
    order by c.created_at, e.id limit ${OVERVIEW_LIST_SIZE}
  `)) as unknown as (PersonItem & { total: number })[];
  return { count: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...item }) => item) };
}

/** Shared with the employee table's "unverified" filter: aliases e (employee) and c (current card). */
export const unverifiedCondition = sql`and not exists (select 1 from card_checks k where k.company_id = c.company_id and k.card_record_id = c.id and k.result = 'ok')`;

async function failed(tx: Tx, companyId: string): Promise<Section<EmailItem>> {
  const rows = (await tx.execute(sql`
    select n.id as "notificationId", n.employee_id as "employeeId", e.name_on_card as "nameOnCard", n.kind, n.recipient_type as "recipientType",
      n.send_on::text as "sendOn", count(*) over ()::int as total
    from notifications n left join employees e on e.company_id = n.company_id and e.id = n.employee_id
    where n.company_id = ${companyId}::uuid and n.status = 'failed'
    order by n.send_on desc, n.id limit ${OVERVIEW_LIST_SIZE}
  `)) as unknown as (EmailItem & { total: number })[];
  return { count: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...item }) => item) };
}
