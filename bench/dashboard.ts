/**
 * Dashboard benchmark: the overview and the employee table's first page, rendered server-side for a
 * company of 10,000 employees while 200,000 more belong to other companies (quick: 10,000 and 40,000).
 * Seeds set-wise into its own throwaway services, then times the use cases in a child process (p50 and
 * p95 over `iterations` runs) against a floor measured in the same run: the same tenant transaction with
 * the same number of trivial queries. ratio = value / floor.
 *   npx tsx bench/dashboard.ts [--quick]     prints the rows as JSON
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import { todayInJapan } from "../lib/i18n/format";
import { startStack } from "../scripts/lib/stack";
import { seedDashboard } from "./dashboard-seed";

export type BenchRow = {
  name: string;
  unit: string;
  value: number;
  floor: number;
  ratio: number;
  goal: string;
};

const GOAL = "p95 under 250 ms of server time at 10,000 employees (200,000 in other companies)";

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const root = path.resolve(import.meta.dirname, "..");
  const dataDir = path.join(root, ".test-data", `bench-dashboard-${process.pid}`);
  const log = (s: string) => process.stderr.write(`[bench:dashboard] ${s}\n`);
  const stack = await startStack({ dataDir, persistent: false, pieces: ["redis"], log });
  try {
    const today = todayInJapan();
    const sizes = opts.quick
      ? { target: 10_000, others: 4, perOther: 10_000 }
      : { target: 10_000, others: 20, perOther: 10_000 };
    const owner = postgres(stack.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    const t0 = Date.now();
    const seeded = await seedDashboard(owner, { today, ...sizes });
    const [counts] =
      await owner`select count(*)::int as employees, (select count(*)::int from duties) as duties from employees`;
    await owner.end();
    log(
      `seeded ${counts?.employees} employees, ${counts?.duties} duties in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const times = await measure(root, {
      ...process.env,
      ...stack.env,
      BENCH_COMPANY_ID: seeded.targetCompanyId,
      BENCH_USER_ID: seeded.userId,
      BENCH_TODAY: today,
      BENCH_ITERATIONS: String(opts.quick ? 15 : 40),
    });
    return rows(times);
  } finally {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function measure(root: string, env: NodeJS.ProcessEnv): Promise<Record<string, number[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", path.join(root, "bench", "dashboard-measure.ts")], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as Record<string, number[]>)
        : reject(new Error(`measure exited ${code}`)),
    );
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? Number.NaN;
}

function rows(times: Record<string, number[]>): BenchRow[] {
  const floors = Object.entries(times).filter(([name]) => name.startsWith("floor"));
  const overviewFloor = floors[0]?.[1] ?? [];
  const tableFloor = floors[1]?.[1] ?? [];
  const out: BenchRow[] = [];
  for (const [name, values] of Object.entries(times)) {
    if (name.startsWith("floor")) continue;
    const floor = name === "overview" ? overviewFloor : tableFloor;
    for (const p of [50, 95]) {
      const value = percentile(values, p);
      const base = percentile(floor, p);
      out.push({
        name: `dashboard: ${name} p${p}`,
        unit: "ms",
        value: round(value),
        floor: round(base),
        ratio: Number((value / base).toFixed(2)),
        goal: GOAL,
      });
    }
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
