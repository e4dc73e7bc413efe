/**
 * 6. CSV import: a customer signs up and imports 10,000 employees (quick: 5,000) through the real use
 * cases — previewEmployeeImport (decode, map headers, the form's schema per row, duplicate checks, the
 * engine's duties per row) and commitEmployeeImport (checked again, then every row, its card, duties,
 * reminders and audit entries in one transaction per file) — in files of 5,000 rows, the import's limit.
 * Floors, in the same run: reading the same bytes with csv-parse (preview), and csv-parse plus one bulk
 * INSERT…SELECT of the employees and their cards in a transaction rolled back (commit).
 *   npx tsx bench/csv-import.ts [--quick]
 */
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import type { Sql } from "postgres";
import { toDay } from "@/lib/compliance";
import { employeeCsv } from "./lib/csv-rows";
import { type BenchRow, benchRow, median, say, timed } from "./lib/row";
import { closeWorld, getWorld } from "./lib/world";

const FILE_ROWS = 5_000;

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const { previewEmployeeImport, commitEmployeeImport, IMPORT_LIMITS } = await import(
    "@/lib/services/data/import-employees"
  );
  const { signUp } = await import("@/lib/services/sign-up");
  if (IMPORT_LIMITS.maxRows < FILE_ROWS) throw new Error("the import's row limit changed: adjust FILE_ROWS");
  const total = opts.quick ? 5_000 : 10_000;
  const runs = opts.quick ? 1 : 3;
  const rates = {
    preview: [] as number[],
    commit: [] as number[],
    parse: [] as number[],
    insert: [] as number[],
  };
  for (let k = 0; k < runs; k++) {
    const files = Array.from({ length: total / FILE_ROWS }, (_, f) =>
      employeeCsv(FILE_ROWS, f * FILE_ROWS, toDay(world.today), 900 + k * 10 + f),
    );
    const owner = await signUp(
      {
        companyName: `新規導入株式会社 ${k + 1}`,
        name: "導入担当",
        email: `import-${crypto.randomUUID()}@bench.example`,
        password: "bench-import-2026",
      },
      "ja",
    );
    const ctx = {
      companyId: owner.companyId,
      actor: { type: "user" as const, id: owner.userId, role: "owner" as const },
      locale: "ja" as const,
    };
    const parsed = await timed(async () =>
      files.map((f) => parse(f.toString("utf8").replace(/^\uFEFF/, "")) as string[][]),
    );
    const preview = await timed(async () => {
      for (const file of files) {
        const result = await previewEmployeeImport(ctx, file, world.today);
        if (result.invalid > 0 || result.fileIssues.length > 0)
          throw new Error(
            `generated CSV has issues: ${JSON.stringify(result.rows.find((r) => r.issues.length)?.issues ?? result.fileIssues)}`,
          );
      }
    });
    const insert = await timed(() => floorInsert(world.sql, owner.companyId, files));
    const commit = await timed(async () => {
      for (const file of files) await commitEmployeeImport(ctx, file, world.today);
    });
    rates.preview.push(total / (preview.ms / 1000));
    rates.commit.push(total / (commit.ms / 1000));
    rates.parse.push(total / (parsed.ms / 1000));
    rates.insert.push(total / (insert.ms / 1000));
    say(
      "csv-import",
      `${total} rows: preview ${(preview.ms / 1000).toFixed(2)} s, commit ${(commit.ms / 1000).toFixed(2)} s; floors: parse ${(parsed.ms / 1000).toFixed(2)} s, parse+insert ${(insert.ms / 1000).toFixed(2)} s`,
    );
  }
  const rows = total.toLocaleString("en");
  return [
    benchRow(
      `CSV import preview: ${rows} rows, checked and evaluated (median of ${runs})`,
      "rows/s",
      median(rates.preview),
      median(rates.parse),
      `${rows} rows previewed in under 10 s`,
    ),
    benchRow(
      `CSV import commit: ${rows} rows with cards, duties, reminders and audit (median of ${runs})`,
      "rows/s",
      median(rates.commit),
      median(rates.insert),
      `${rows} rows committed in under 30 s`,
    ),
  ];
}

/** csv-parse, then every row's employee and card in one INSERT…SELECT each (rolled back): the least an import can do. */
async function floorInsert(sql: Sql, companyId: string, files: Buffer[]): Promise<void> {
  await sql
    .begin(async (tx) => {
      for (const file of files) {
        const [header = [], ...rows] = parse(file.toString("utf8").replace(/^\uFEFF/, "")) as string[][];
        const at = (name: string) => header.indexOf(name);
        const col = (name: string) => rows.map((r) => r[at(name)] ?? "");
        await tx`
          with e as (
            insert into employees (company_id, employee_number, name_on_card, nationality, date_of_birth, sex, email)
            select ${companyId}::uuid, x.n, x.name, 'VN', x.born::date, 'M', nullif(x.email, '')
            from unnest(${col("社員番号")}::text[], ${col("氏名(在留カード記載)")}::text[], ${col("生年月日")}::text[], ${col("メールアドレス")}::text[]) as x(n, name, born, email)
            returning id, employee_number)
          insert into card_records (company_id, employee_id, status_code, period_of_stay_expires_on, card_number_last4)
          select ${companyId}::uuid, e.id, 'engineer_specialist', nullif(x.expiry, '')::date, right(x.card, 4)
          from e join unnest(${col("社員番号")}::text[], ${col("在留期間の満了日")}::text[], ${col("在留カード番号")}::text[]) as x(n, expiry, card) on x.n = e.employee_number`;
      }
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
}

class RollBack extends Error {}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .finally(() => closeWorld())
    .then(() => process.exit(0));
}
