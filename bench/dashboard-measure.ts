/**
 * The measuring half of bench/dashboard.ts, run as its own process so it reads the benchmark stack's
 * environment (lib/env and the connections are per-process singletons). Times the server-side work of
 * the overview and the employee table's first page through the real use cases (withTenant, RLS, the
 * engine) and, as the floor, the same transactions with the same number of trivial queries.
 * Prints one JSON object: { [name]: number[] } of milliseconds.
 */
import { sql } from "drizzle-orm";
import { closeAppConnection } from "../db/client";
import { withTenant } from "../db/tenant";
import type { ServiceContext } from "../lib/services/context";
import { getOverview } from "../lib/services/dashboard/get-overview";
import { listEmployeeTable } from "../lib/services/dashboard/list-employee-table";
import { ZEmployeeTableQuery } from "../lib/validation/employee-table";

const companyId = process.env.BENCH_COMPANY_ID ?? "";
const today = process.env.BENCH_TODAY ?? "";
const iterations = Number(process.env.BENCH_ITERATIONS ?? 20);
const ctx: ServiceContext = {
  companyId,
  actor: { type: "user", id: process.env.BENCH_USER_ID ?? "", role: "owner" },
  locale: "ja",
};

const table = (query: Record<string, unknown>) => () =>
  listEmployeeTable(ctx, ZEmployeeTableQuery.parse(query), today);
/** The floor: one tenant transaction with n trivial statements (the same round trips, no work). */
const trivial = (n: number) => () =>
  withTenant(ctx, async (tx) => {
    for (let i = 0; i < n; i++) await tx.execute(sql`select 1`);
  });

const cases: Record<string, () => Promise<unknown>> = {
  "floor: tenant transaction, 8 trivial queries (overview's count)": trivial(8),
  "floor: tenant transaction, 4 trivial queries (table's count)": trivial(4),
  overview: () => getOverview(ctx, today),
  "table page 1 (by name)": table({}),
  "table page 1 (by next due date)": table({ sort: "due" }),
  "table page 1 (katakana search)": table({ q: "ぐえん" }),
  "table page 1 (risk: may not work today)": table({ risk: "cannot_work" }),
  "table page 1 (duty overdue, status filter)": table({ duty: "overdue", status: "engineer_specialist" }),
};

const out: Record<string, number[]> = {};
for (const [name, fn] of Object.entries(cases)) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: connections, plans, JIT
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  out[name] = times;
}
await closeAppConnection();
process.stdout.write(`${JSON.stringify(out)}\n`);
