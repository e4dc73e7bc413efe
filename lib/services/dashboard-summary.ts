import { and, count, eq, gte, isNull, lt, lte } from "drizzle-orm";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "./context";

/** Head counts for the dashboard: active employees, stays ending within 90 days, stays already ended. */
export async function getDashboardSummary(ctx: ServiceContext, today: string, in90Days: string) {
  const active = and(eq(employees.companyId, ctx.companyId), isNull(employees.archivedAt));
  const current = and(eq(cardRecords.employeeId, employees.id), eq(cardRecords.companyId, employees.companyId), isNull(cardRecords.supersededAt));
  return withTenant(ctx, async (tx) => {
    const countWhere = async (extra?: ReturnType<typeof and>) => {
      const [row] = await tx.select({ n: count() }).from(employees).innerJoin(cardRecords, current).where(and(active, extra));
      return row?.n ?? 0;
    };
    return {
      employees: await countWhere(),
      expiringSoon: await countWhere(and(gte(cardRecords.periodOfStayExpiresOn, today), lte(cardRecords.periodOfStayExpiresOn, in90Days))),
      expired: await countWhere(lt(cardRecords.periodOfStayExpiresOn, today)),
    };
  });
}
