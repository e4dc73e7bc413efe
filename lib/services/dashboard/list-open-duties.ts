import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { addDays } from "@/lib/compliance";
import type { ServiceContext } from "../context";
import { DUE_SOON_DAYS } from "./get-overview";

export type OpenDutyState = "overdue" | "due_soon";
export type OpenDutyRow = {
  id: string;
  employeeId: string;
  nameOnCard: string;
  code: string;
  rule: string;
  owner: "employee" | "employer";
  dueDate: string;
  toConfirm: boolean;
  approximate: boolean;
  muted: boolean;
};

/**
 * The full list behind the overview's duty counts (same conditions as getOverview: open duties of active
 * employees, overdue = due before today, due soon = today … today + 14), earliest first, in pages.
 */
export async function listOpenDuties(
  ctx: ServiceContext,
  state: OpenDutyState,
  today: string,
  page: number,
  pageSize = 100,
) {
  const due =
    state === "overdue"
      ? sql`d.due_date < ${today}::date`
      : sql`d.due_date between ${today}::date and ${addDays(today, DUE_SOON_DAYS)}::date`;
  return withTenant(ctx, async (tx) => {
    const rows = (await tx.execute(sql`
      select d.id, d.employee_id as "employeeId", e.name_on_card as "nameOnCard", d.code, d.rule, d.owner, d.due_date::text as "dueDate",
        d.to_confirm as "toConfirm", d.approximate, d.muted_at is not null as muted, count(*) over ()::int as total
      from duties d join employees e on e.company_id = d.company_id and e.id = d.employee_id and e.archived_at is null
      where d.company_id = ${ctx.companyId}::uuid and d.status = 'open' and ${due}
      order by d.due_date, e.name_on_card, d.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`)) as unknown as (OpenDutyRow & { total: number })[];
    const total = rows[0]?.total ?? 0;
    return {
      rows: rows.map(({ total: _t, ...r }) => r),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
    };
  });
}
