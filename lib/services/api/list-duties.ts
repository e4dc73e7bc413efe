import { and, asc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { duties } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { decodeCursor, encodeCursor } from "@/lib/api/schemas/common";
import { type TApiDuty, type TListDutiesQuery, toApiDuty } from "@/lib/api/schemas/duty";
import { AppError } from "@/lib/errors";
import { isIsoDate, isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "../context";

/** Duties by due date (then id), filtered, a page at a time; the cursor is the last row's (dueDate, id). */
export async function listDuties(
  ctx: ServiceContext,
  query: TListDutiesQuery,
): Promise<{ data: TApiDuty[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(duties.companyId, ctx.companyId)];
  if (query.employeeId) conditions.push(eq(duties.employeeId, query.employeeId));
  if (query.status) conditions.push(eq(duties.status, query.status));
  if (query.code) conditions.push(eq(duties.code, query.code));
  if (query.dueOnOrAfter) conditions.push(gte(duties.dueDate, query.dueOnOrAfter));
  if (query.dueOnOrBefore) conditions.push(lte(duties.dueDate, query.dueOnOrBefore));
  if (query.cursor) {
    const [dueDate, id] = decodeCursor(query.cursor, 2) ?? [];
    if (!dueDate || !id || !isIsoDate(dueDate) || !isUuid(id))
      throw new AppError("invalid_input", "the cursor is not valid", [
        {
          field: "cursor",
          rule: "invalid_cursor",
          message: "cursor: use nextCursor of the previous page, unchanged",
        },
      ]);
    conditions.push(sql`(${duties.dueDate}, ${duties.id}) > (${dueDate}::date, ${id}::uuid)`);
  }
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(duties)
      .where(and(...conditions))
      .orderBy(asc(duties.dueDate), asc(duties.id))
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toApiDuty),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.dueDate, last.id]) : null,
  };
}
