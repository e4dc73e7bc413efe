import { type SQL, sql } from "drizzle-orm";

/** A uuid[] parameter (one bound value, not an expanded list): ids only, already known to be uuids. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** Rows as one jsonb parameter, for set-based writes with jsonb_to_recordset. */
export function jsonRows(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

const SAFE = /^[\w:.-]+$/;

/**
 * A text[] (or, cast, uuid[]/date[]) parameter for unnest-based bulk writes, which PostgreSQL reads far
 * faster than a jsonb document. Only for values we generate (ids, dates, keys): anything else throws.
 */
export function textArray(values: readonly string[], cast: "text" | "uuid" | "date" = "text"): SQL {
  for (const v of values)
    if (!SAFE.test(v)) throw new Error("textArray: unexpected character in a generated value");
  return sql`${`{${values.join(",")}}`}::${sql.raw(cast)}[]`;
}
