import { type SQL, sql } from "drizzle-orm";

/** A uuid[] parameter (one bound value, not an expanded list): ids only, already known to be uuids. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** Rows as one jsonb parameter, for set-based writes with jsonb_to_recordset. */
export function jsonRows(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}
