import { type SQL, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { addDays, evaluate, type TWorkState } from "@/lib/compliance";
import type { TEmployeeTableQuery } from "@/lib/validation/employee-table";
import type { ServiceContext } from "../context";
import { ENGINE_FACTS_COLUMNS, type EngineFacts, engineCase } from "./engine-case";
import { DUE_SOON_DAYS, unverifiedCondition } from "./get-overview";
import { containsPattern, nameKeySql, nameSearchKey } from "./name-search";
import { eventsOf, pgArray, workRisks } from "./work-risks";

export type EmployeeTableRow = {
  id: string;
  employeeNumber: string | null;
  nameOnCard: string;
  nameKana: string | null;
  nationality: string;
  department: string | null;
  workplaceName: string | null;
  statusCode: string | null;
  periodOfStayExpiresOn: string | null;
  cardNumberLast4: string | null;
  archivedAt: Date | null;
  nextDueDate: string | null;
  overdueCount: number;
  dueSoonCount: number;
  /** The engine's answer for today; null when the stored facts cannot be evaluated (shown as "check"). */
  work: { state: TWorkState; until: string | null } | null;
};

type PageRow = Omit<EmployeeTableRow, "overdueCount" | "dueSoonCount" | "work" | "nextDueDate"> &
  EngineFacts & { total?: number };

const SORTS: Record<TEmployeeTableQuery["sort"], string> = {
  name: "e.name_on_card",
  kana: "e.name_kana",
  expiry: "c.period_of_stay_expires_on",
  due: "nd.next_due",
  created: "e.created_at",
};

/**
 * One page of the employee table: filters and sort run in SQL over the whole company (so page 1 of
 * 10,000 costs one indexed query plus a count), then the page's 10–200 rows get their duty counts and
 * the engine's work state. Risk filters reuse the overview's exact sets, so a count and its list agree.
 */
export async function listEmployeeTable(ctx: ServiceContext, query: TEmployeeTableQuery, today: string) {
  return withTenant(ctx, async (tx) => {
    const where: SQL[] = [
      sql`e.company_id = ${ctx.companyId}::uuid`,
      query.archived === "only" ? sql`e.archived_at is not null` : sql`e.archived_at is null`,
    ];
    // The count joins the current card only when a filter reads it, so the plain count is an index-only scan.
    let countNeedsCard = false;
    if (query.q) {
      const key = nameSearchKey(query.q);
      if (key) where.push(sql`${sql.raw(nameKeySql("e"))} like ${containsPattern(key)}`);
    }
    if (query.status) where.push(sql`c.status_code = ${query.status}`);
    if (query.expiryFrom) where.push(sql`c.period_of_stay_expires_on >= ${query.expiryFrom}::date`);
    if (query.expiryTo) where.push(sql`c.period_of_stay_expires_on <= ${query.expiryTo}::date`);
    countNeedsCard = Boolean(
      query.status || query.expiryFrom || query.expiryTo || query.risk === "unverified",
    );
    if (query.department) where.push(sql`e.department = ${query.department}`);
    if (query.workplace) where.push(sql`e.workplace_id = ${query.workplace}::uuid`);
    if (query.duty) where.push(dutyCondition(ctx.companyId, query.duty, today));
    if (query.risk === "unverified") where.push(sql`true ${unverifiedCondition}`);
    else if (query.risk) {
      const ids = (await workRisks(tx, ctx.companyId, today))
        .filter((r) => r.kind === query.risk)
        .map((r) => r.employeeId);
      where.push(sql`e.id = any(${pgArray(ids)}::uuid[])`);
    }
    const direction = query.dir === "desc" ? "desc" : "asc";
    // Sorting by the next deadline: one grouped pass over the company's open duties, hash-joined, instead
    // of a lookup per employee.
    const nextDue =
      query.sort === "due"
        ? sql`left join (select employee_id, min(due_date) as next_due from duties where company_id = ${ctx.companyId}::uuid and status = 'open' group by employee_id) nd on nd.employee_id = e.id`
        : sql``;
    // Unfiltered, the page is an ordered index scan that stops after one page, and the count a separate
    // index-only scan. Filtered, the matching set is what costs: one pass that also counts (a window) beats
    // filtering twice.
    const isFiltered = where.length > 2;
    const rows = (await tx.execute(sql`
      select ${sql.raw(ENGINE_FACTS_COLUMNS)}, e.id, e.employee_number as "employeeNumber", e.name_on_card as "nameOnCard", e.name_kana as "nameKana",
        e.nationality, e.department, w.name as "workplaceName", e.archived_at as "archivedAt", c.card_number_last4 as "cardNumberLast4"
        ${isFiltered ? sql`, count(*) over ()::int as total` : sql``}
      from employees e
      left join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null
      left join workplaces w on w.company_id = e.company_id and w.id = e.workplace_id
      ${nextDue}
      where ${sql.join(where, sql` and `)}
      order by ${sql.raw(SORTS[query.sort])} ${sql.raw(direction)} nulls last, e.id
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
    `)) as unknown as PageRow[];
    const count = async () => {
      const [counted] = (await tx.execute(sql`
        select count(*)::int as n from employees e
        ${countNeedsCard ? sql`left join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null` : sql``}
        where ${sql.join(where, sql` and `)}`)) as unknown as { n: number }[];
      return counted?.n ?? 0;
    };
    // A page past the end has no row to carry the window's count: count separately then.
    const total = isFiltered && rows[0] ? (rows[0].total ?? 0) : await count();
    const ids = rows.map((r) => r.id);
    const [duties, events] = [await dutySummary(ids), await eventsOf(tx, ctx.companyId, ids)];
    return {
      rows: rows.map((r) => toRow(r, duties.get(r.id), events.get(r.id))),
      total,
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    };

    async function dutySummary(employeeIds: string[]) {
      const out = new Map<string, { next: string | null; overdue: number; soon: number }>();
      if (employeeIds.length === 0) return out;
      const summary = (await tx.execute(sql`
        select employee_id as id, min(due_date)::text as next, count(*) filter (where due_date < ${today}::date)::int as overdue,
          count(*) filter (where due_date between ${today}::date and ${addDays(today, DUE_SOON_DAYS)}::date)::int as soon
        from duties where company_id = ${ctx.companyId}::uuid and status = 'open' and employee_id = any(${pgArray(employeeIds)}::uuid[])
        group by employee_id`)) as unknown as {
        id: string;
        next: string | null;
        overdue: number;
        soon: number;
      }[];
      for (const { id, ...s } of summary) out.set(id, s);
      return out;
    }

    function toRow(
      r: PageRow,
      duty: { next: string | null; overdue: number; soon: number } | undefined,
      evs: Parameters<typeof engineCase>[2],
    ): EmployeeTableRow {
      const input = r.cardId ? engineCase(today, r, evs) : null;
      const work = input ? evaluate(input).work : null;
      return {
        id: r.id,
        employeeNumber: r.employeeNumber,
        nameOnCard: r.nameOnCard,
        nameKana: r.nameKana,
        nationality: r.nationality,
        department: r.department,
        workplaceName: r.workplaceName,
        statusCode: r.statusCode,
        periodOfStayExpiresOn: r.periodOfStayExpiresOn,
        cardNumberLast4: r.cardNumberLast4,
        archivedAt: r.archivedAt,
        nextDueDate: duty?.next ?? null,
        overdueCount: duty?.overdue ?? 0,
        dueSoonCount: duty?.soon ?? 0,
        work: work ? { state: work.state, until: work.until } : null,
      };
    }
  });
}

/** Duty state as a semi-join on the company's open duties (one pass, hashed), not a lookup per employee. */
function dutyCondition(
  companyId: string,
  state: NonNullable<TEmployeeTableQuery["duty"]>,
  today: string,
): SQL {
  const open = (extra: SQL) =>
    sql`(select d.employee_id from duties d where d.company_id = ${companyId}::uuid and d.status = 'open' ${extra})`;
  switch (state) {
    case "overdue":
      return sql`e.id in ${open(sql`and d.due_date < ${today}::date`)}`;
    case "due_soon":
      return sql`e.id in ${open(sql`and d.due_date between ${today}::date and ${addDays(today, DUE_SOON_DAYS)}::date`)}`;
    case "open":
      return sql`e.id in ${open(sql``)}`;
    case "none":
      return sql`not exists (select 1 from duties d where d.company_id = e.company_id and d.employee_id = e.id and d.status = 'open')`;
  }
}
