/**
 * Name search that forgives how people type: full-width/half-width forms (NFKC: ｸﾞｴﾝ → グエン, ＡＢＣ → ABC),
 * hiragana for katakana (ぐえん → グエン), case, and spaces (stored "グエン ヴァン" matches "グエンヴァン").
 * The same key is computed in SQL over name_on_card, name_kana and employee_number (see nameKeySql);
 * the two must agree, and tests hold them together.
 */
export function nameSearchKey(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .toLowerCase()
    .replace(/[ \t\u3000|]+/g, "");
}

/** A LIKE pattern for "contains", with LIKE's own wildcards escaped. */
export function containsPattern(key: string): string {
  return `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL for the stored side of the key (alias e = employees). Names are saved as typed (the card's Latin
 * letters, katakana validated as full-width), so lower() and deleting spaces is all it needs; translate()
 * does that at half the cost of a regular expression. No trigram index: at 10,000 employees the company
 * filter leaves fewer rows than a trigram lookup across all companies would recheck (EXPLAIN in
 * bench/RESULTS-dashboard.md), and pg_trgm extracts no trigrams from kana under the C locale.
 */
export function nameKeySql(alias: string): string {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  return `lower(translate(coalesce(${col("name_on_card")}, '') || '|' || coalesce(${col("name_kana")}, '') || '|' || coalesce(${col("employee_number")}, ''), E' \t　', ''))`;
}
