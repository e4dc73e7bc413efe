import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";

export type DecodedCsv =
  | { ok: true; encoding: "utf-8" | "shift_jis"; rows: string[][] }
  | { ok: false; rule: "csv_encoding" | "csv_format" | "csv_empty"; line?: number };

/**
 * Bytes of a spreadsheet export → rows of cells. Excel in Japan saves "CSV" as Shift_JIS (cp932) and
 * "CSV UTF-8" with a BOM; both are read. UTF-8 is tried first and strictly (a Shift_JIS file is almost
 * never valid UTF-8); what is neither is refused rather than shown as mojibake.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  let text: string;
  let encoding: "utf-8" | "shift_jis" = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes), "cp932");
    encoding = "shift_jis";
    if (text.includes("\uFFFD")) return { ok: false, rule: "csv_encoding" };
  }
  text = text.replace(/^\uFEFF/, "");
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, rule: "csv_format", ...(line ? { line } : {}) };
  }
  // Rows of nothing but empty cells (a spreadsheet's formatted-but-blank lines) are not data.
  rows = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (rows.length < 2) return { ok: false, rule: "csv_empty" };
  return { ok: true, encoding, rows };
}

/** Rows → the bytes to download: CSV (csv-stringify, CRLF) as UTF-8 with a BOM (Excel opens it) or Shift_JIS. */
export function encodeCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  encoding: "utf-8" | "shift_jis",
): Buffer {
  // A leading = + - @ would be a formula in a spreadsheet: prefix a quote so exported data stays data.
  const safe = rows.map((r) =>
    r.map((value) => {
      const s = value === null || value === undefined ? "" : String(value);
      return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    }),
  );
  const text = stringify(safe, { record_delimiter: "windows" });
  return encoding === "shift_jis"
    ? iconv.encode(text, "cp932")
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
}
