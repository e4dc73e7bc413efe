import { and, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { duties } from "@/db/schema";
import { readBytesAsTenant } from "@/db/tenant";
import { JsonBytes } from "@/lib/api/responses";
import { decodeCursor, encodeCursor } from "@/lib/api/schemas/common";
import type { TListDutiesQuery } from "@/lib/api/schemas/duty";
import { API_DUTY_JSON, API_DUTY_RECORD } from "@/lib/api/schemas/duty-json";
import { AppError } from "@/lib/errors";
import { isIsoDate, isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "../context";

const OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(",");

/**
 * Duties by due date (then id), filtered, a page at a time; the cursor is the last row's (dueDate, id).
 * The API's hottest read: one round trip (readBytesAsTenant), and PostgreSQL writes each duty's JSON
 * (API_DUTY_JSON, the SQL twin of toApiDuty), whose bytes go out undecoded as `{data, nextCursor}`.
 */
export async function listDuties(ctx: ServiceContext, query: TListDutiesQuery): Promise<JsonBytes> {
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
  // Columns: the duty's JSON, then the cursor's parts as text.
  const rows = await readBytesAsTenant(
    ctx,
    sql`select ${API_DUTY_JSON}, to_char(${duties.dueDate}, 'YYYY-MM-DD'), ${duties.id}::text
      from ${duties} cross join ${API_DUTY_RECORD} where ${and(...conditions)}
      order by ${duties.dueDate}, ${duties.id} limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor([String(last[1]), String(last[2])]) : null;
  const parts: Uint8Array[] = [OPEN];
  page.forEach((row, i) => {
    if (i > 0) parts.push(COMMA);
    if (row[0]) parts.push(row[0]);
  });
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`));
  return new JsonBytes(Buffer.concat(parts));
}
