import { and, asc, eq, ilike, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { decodeCursor, encodeCursor } from "@/lib/api/schemas/common";
import { type TApiEmployee, type TListEmployeesApiQuery, toApiEmployee } from "@/lib/api/schemas/employee";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "../context";

const badCursor = () =>
  new AppError("invalid_input", "the cursor is not valid", [
    {
      field: "cursor",
      rule: "invalid_cursor",
      message: "cursor: use nextCursor of the previous page, unchanged",
    },
  ]);

/**
 * Employees in creation order, a page at a time, for API clients that sync everything. Keyset
 * pagination on (created_at, id): the cursor carries created_at as PostgreSQL's own text (microseconds
 * intact), so no row is skipped or repeated however many share a millisecond.
 */
export async function listEmployeesPage(
  ctx: ServiceContext,
  query: TListEmployeesApiQuery,
): Promise<{ data: TApiEmployee[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(employees.companyId, ctx.companyId)];
  if (query.archived === "exclude") conditions.push(isNull(employees.archivedAt));
  if (query.archived === "only") conditions.push(isNotNull(employees.archivedAt));
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(employees.nameOnCard, like),
      ilike(employees.nameKana, like),
      ilike(employees.employeeNumber, like),
    );
    if (match) conditions.push(match);
  }
  if (query.status) conditions.push(eq(cardRecords.statusCode, query.status));
  if (query.expiresOnOrBefore)
    conditions.push(lte(cardRecords.periodOfStayExpiresOn, query.expiresOnOrBefore));
  if (query.cursor) {
    const parts = decodeCursor(query.cursor, 2);
    if (
      !parts ||
      !/^\d{4}-\d{2}-\d{2} [\d:.]+[+-][\d:]+$/.test(parts[0] ?? "") ||
      !/^[0-9a-f-]{36}$/.test(parts[1] ?? "")
    )
      throw badCursor();
    conditions.push(
      sql`(${employees.createdAt}, ${employees.id}) > (${parts[0]}::timestamptz, ${parts[1]}::uuid)`,
    );
  }
  const currentCard = and(
    eq(cardRecords.employeeId, employees.id),
    eq(cardRecords.companyId, employees.companyId),
    isNull(cardRecords.supersededAt),
  );
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({ employee: employees, card: cardRecords, sortKey: sql<string>`${employees.createdAt}::text` })
      .from(employees)
      .leftJoin(cardRecords, currentCard)
      .where(and(...conditions))
      .orderBy(asc(employees.createdAt), asc(employees.id))
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor([last.sortKey, last.employee.id]) : null;
  return { data: page.map((r) => toApiEmployee(r.employee, r.card)), nextCursor };
}
