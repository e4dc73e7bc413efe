import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql } from "postgres";
import { fromDay } from "@/lib/compliance";

export type Cell = string | number | boolean | null | Record<string, unknown>;

/** COPY's text format: tab-separated, \N for null, backslash escapes for the four special characters. */
export function copyLine(cells: readonly Cell[]): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (i > 0) out += "\t";
    if (v === null || v === undefined) out += "\\N";
    else if (typeof v === "boolean") out += v ? "t" : "f";
    else if (typeof v === "number") out += String(v);
    else out += escapeText(typeof v === "string" ? v : JSON.stringify(v));
  }
  return `${out}\n`;
}

const SPECIAL = /[\\\t\n\r]/;
function escapeText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** A Japan-time timestamp on a day (day number), at a given hour: how the generator dates its rows. */
export function jstTimestamp(day: number, hour = 9): string {
  return `${fromDay(day)} ${String(hour).padStart(2, "0")}:00:00+09`;
}

/** Streams already-encoded lines into a table with COPY FROM STDIN (PostgreSQL's fastest load path). */
export async function copyInto(
  sql: Sql,
  table: string,
  columns: readonly string[],
  lines: readonly string[],
): Promise<void> {
  if (lines.length === 0) return;
  const target = await sql`copy ${sql(table)} (${sql(columns as string[])}) from stdin`.writable();
  // Batches of lines as one string each: fewer, larger writes.
  async function* chunks() {
    for (let i = 0; i < lines.length; i += 2000) yield lines.slice(i, i + 2000).join("");
  }
  await pipeline(Readable.from(chunks()), target);
}
