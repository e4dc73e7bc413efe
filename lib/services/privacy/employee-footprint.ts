import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";

/**
 * What the database holds about some employees of one company, for the retention purge (counts for
 * its audit entry, and the uploads whose files must go too). Uploads are found by employee and by every
 * row of theirs that points at one, since a check's screenshot may carry no employee id.
 */
export const EMPLOYEE_TABLES = [
  "card_records",
  "events",
  "duties",
  "notifications",
  "employee_tokens",
  "confirmations",
  "card_submissions",
  "card_checks",
  "shifts",
  "long_vacations",
] as const;

export type Footprint = {
  counts: Map<string, Record<string, number>>;
  uploads: { id: string; storageKey: string }[];
};

export async function employeeFootprint(
  tx: Tx,
  companyId: string,
  employeeIds: string[],
): Promise<Footprint> {
  const counts = new Map<string, Record<string, number>>(employeeIds.map((id) => [id, {}]));
  const list = uuidList(employeeIds);
  for (const table of EMPLOYEE_TABLES) {
    const rows = await tx.execute<{ employee_id: string; n: number }>(
      sql`select employee_id, count(*)::int as n from ${sql.identifier(table)} where company_id = ${companyId} and employee_id in (${list}) group by employee_id`,
    );
    for (const row of rows) {
      const entry = counts.get(row.employee_id);
      if (entry) entry[table] = row.n;
    }
  }
  const uploads = await tx.execute<{ id: string; storage_key: string; employee_id: string | null }>(sql`
    select u.id, u.storage_key, u.employee_id from uploads u
    where u.company_id = ${companyId} and (
      u.employee_id in (${list})
      or u.id in (select upload_id from confirmations where company_id = ${companyId} and employee_id in (${list}))
      or u.id in (select upload_id from card_checks where company_id = ${companyId} and employee_id in (${list}))
      or u.id in (select front_upload_id from card_submissions where company_id = ${companyId} and employee_id in (${list}))
      or u.id in (select back_upload_id from card_submissions where company_id = ${companyId} and employee_id in (${list})))`);
  for (const u of uploads) {
    const entry = u.employee_id ? counts.get(u.employee_id) : undefined;
    if (entry) entry.uploads = (entry.uploads ?? 0) + 1;
  }
  return { counts, uploads: uploads.map((u) => ({ id: u.id, storageKey: u.storage_key })) };
}

/** `a, b, c` as uuid parameters, for `in (…)` (drizzle expands arrays itself; this keeps the casts explicit). */
export function uuidList(ids: readonly string[]) {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}
