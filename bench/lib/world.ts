import path from "node:path";
import postgres, { type Sql } from "postgres";
import { todayInJapan } from "@/lib/i18n/format";
import { startStack } from "@/scripts/lib/stack";
import { type GeneratedWorld, generateWorld } from "./generate";
import type { GeneratedCompany } from "./generate-companies";
import { startTunedPostgres } from "./postgres-tuned";
import { say } from "./row";
import { worldShape } from "./world-shape";

export type World = {
  quick: boolean;
  today: string;
  env: Record<string, string>;
  dataDir: string;
  /** The schema owner (not subject to row-level security): set-up, floors and checks only. */
  sql: Sql;
  generated: GeneratedWorld;
  /** The companies the benchmarks act as: the dashboard/API company (10,000), the fan-out company (20,000). */
  roles: { dashboard: GeneratedCompany; fanout: GeneratedCompany };
};

const root = path.resolve(import.meta.dirname, "..", "..");
let current: Promise<World> | undefined;
let stopAll: (() => Promise<void>) | undefined;

/**
 * The benchmark world, started once per process and shared by every module of `npm run bench`:
 * throwaway PostgreSQL (tuned, bench/out/run-<pid>), Redis and SMTP sink, migrations, then 10,000
 * companies and 1,000,000 employees (quick: 1,000 and 60,000). The app's own code (lib/env) reads its
 * settings from process.env, which is filled here before anything asks for them.
 */
export function getWorld(opts: { quick: boolean }): Promise<World> {
  current ??= startWorld(opts.quick);
  return current;
}

export async function closeWorld(): Promise<void> {
  const stop = stopAll;
  current = undefined;
  stopAll = undefined;
  await stop?.();
}

async function startWorld(quick: boolean): Promise<World> {
  const dataDir = path.join(root, "bench", "out", `run-${process.pid}`);
  const pg = await startTunedPostgres(dataDir);
  process.env.DATABASE_URL = pg.url;
  const stack = await startStack({
    dataDir,
    persistent: false,
    pieces: ["redis"],
    log: (s) => say("world", s),
  }).catch(async (error: unknown) => {
    await pg.stop();
    throw error;
  });
  Object.assign(process.env, stack.env);
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  stopAll = async () => {
    if (process.env.BENCH_STATEMENTS)
      await dumpStatements(sql, path.join(dataDir, "..", `statements-${process.pid}.txt`)).catch(() => {});
    await sql.end({ timeout: 5 });
    await stack.stop();
    await pg.stop();
  };
  try {
    const today = todayInJapan();
    const shape = worldShape(quick);
    say(
      "world",
      `generating ${shape.sizes.length.toLocaleString("en")} companies, ${shape.sizes.reduce((a, b) => a + b, 0).toLocaleString("en")} employees (today ${today})`,
    );
    const generated = await generateWorld(pg.url, {
      today,
      sizes: shape.sizes,
      history: true,
      bulk: true,
      log: (s) => say("generate", s),
    });
    if (process.env.BENCH_STATEMENTS)
      await sql`create extension if not exists pg_stat_statements`.then(
        () => sql`select pg_stat_statements_reset()`,
      );
    say("world", `generated in ${generated.seconds.toFixed(1)} s: ${JSON.stringify(generated.counts)}`);
    const role = (ord: number) => {
      const company = generated.companies[ord - 1];
      if (!company) throw new Error(`no company ${ord}`);
      return company;
    };
    return {
      quick,
      today,
      env: { ...stack.env },
      dataDir,
      sql,
      generated,
      roles: { dashboard: role(shape.roles.dashboard), fanout: role(shape.roles.fanout) },
    };
  } catch (error) {
    await closeWorld();
    throw error;
  }
}

/** The statements that took the most time in this run (BENCH_STATEMENTS=1), for bench/RESULTS.md. */
async function dumpStatements(sql: Sql, file: string): Promise<void> {
  const rows = await sql<{ calls: string; total_ms: number; mean_ms: number; rows: string; query: string }[]>`
    select calls, round(total_exec_time::numeric, 1)::float as total_ms, round(mean_exec_time::numeric, 3)::float as mean_ms, rows, query
    from pg_stat_statements order by total_exec_time desc limit 60`;
  const text = rows
    .map(
      (r) =>
        `${r.total_ms} ms total, ${r.calls} calls, ${r.mean_ms} ms mean, ${r.rows} rows\n  ${r.query.replace(/\s+/g, " ").slice(0, 400)}`,
    )
    .join("\n");
  (await import("node:fs")).writeFileSync(file, `${text}\n`);
}
