import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "./context";

export const ZListEmployeesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.string().max(50).optional(),
  archived: z.enum(["exclude", "only"]).default("exclude"),
  sort: z.enum(["name", "expiry", "created"]).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListEmployeesQuery = z.infer<typeof ZListEmployeesQuery>;

/** One page of employees with their current card, for tables and the API. */
export async function listEmployees(ctx: ServiceContext, query: TListEmployeesQuery) {
  const conditions: SQL[] = [eq(employees.companyId, ctx.companyId)];
  conditions.push(query.archived === "only" ? isNotNull(employees.archivedAt) : isNull(employees.archivedAt));
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const nameMatch = or(
      ilike(employees.nameOnCard, like),
      ilike(employees.nameKana, like),
      ilike(employees.employeeNumber, like),
    );
    if (nameMatch) conditions.push(nameMatch);
  }
  if (query.status) conditions.push(eq(cardRecords.statusCode, query.status));
  const order = query.dir === "asc" ? asc : desc;
  const sortColumn = {
    name: employees.nameOnCard,
    expiry: cardRecords.periodOfStayExpiresOn,
    created: employees.createdAt,
  }[query.sort];
  const where = and(...conditions);
  const currentCard = and(
    eq(cardRecords.employeeId, employees.id),
    eq(cardRecords.companyId, employees.companyId),
    isNull(cardRecords.supersededAt),
  );
  return withTenant(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: employees.id,
        employeeNumber: employees.employeeNumber,
        nameOnCard: employees.nameOnCard,
        nameKana: employees.nameKana,
        nationality: employees.nationality,
        department: employees.department,
        preferredLanguage: employees.preferredLanguage,
        archivedAt: employees.archivedAt,
        statusCode: cardRecords.statusCode,
        periodOfStayExpiresOn: cardRecords.periodOfStayExpiresOn,
        cardExpiresOn: cardRecords.cardExpiresOn,
        cardNumberLast4: cardRecords.cardNumberLast4,
      })
      .from(employees)
      .leftJoin(cardRecords, currentCard)
      .where(where)
      .orderBy(sql`${order(sortColumn)} nulls last`, asc(employees.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const [total] = await tx
      .select({ n: count() })
      .from(employees)
      .leftJoin(cardRecords, currentCard)
      .where(where);
    return { rows, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  });
}
