/**
 * `npm run load` (or `npm run load -- --quick`): 200 concurrent HR users on the dashboard pages and 50
 * API clients, for 60 s (10 s quick), against the production build on this machine (loopback only).
 * HR users are people: each loads a page, reads it for 10–30 s, loads the next. API clients are
 * autocannon connections at 1 request/s each (60 a minute; the per-key limit is 600), each
 * with its own key. Every answer must be a 200 — an error, timeout or other status fails the run.
 * The floor is the same load, the same run, on a bare constant route (/api/health). Writes the "Load"
 * section of bench/RESULTS.md and returns rows for bench/run.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";
import { todayInJapan } from "@/lib/i18n/format";
import { freePort } from "@/scripts/lib/ports";
import { startProcess, waitForHttp } from "@/scripts/lib/processes";
import { startStack } from "@/scripts/lib/stack";
import { writeLoadSection } from "./lib/load-report";
import { LOAD_PASSWORD, seedLoadWorld } from "./lib/load-seed";
import { hrUsers, type Sample, signInAll } from "./lib/load-users";
import { type BenchRow, benchRow, percentile, say } from "./lib/row";

const root = path.resolve(import.meta.dirname, "..");
const HR_PAGES = ["/dashboard", "/employees", "/dashboard/duties"];
const API_PATHS = ["/api/v1/employees?limit=20", "/api/v1/duties?limit=20"];

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const seconds = opts.quick ? 10 : 60;
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID")))
    throw new Error(`no production build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build`);
  const stack = await startStack({
    dataDir: path.join(root, ".test-data", `load-${process.pid}`),
    persistent: false,
    pieces: ["redis"],
    log: (s) => say("load", s),
  });
  Object.assign(process.env, stack.env);
  const sql = postgres(stack.env.DATABASE_URL ?? "", { max: 4, onnotice: () => {} });
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const web = startProcess(
    "web",
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      ...process.env,
      ...stack.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      APP_URL: base,
      AUTH_URL: base,
    },
    { quiet: !process.env.BENCH_VERBOSE },
  );
  try {
    const world = await seedLoadWorld(sql, {
      companies: 10,
      hrPerCompany: 20,
      employees: 300,
      keysPerCompany: 5,
      today: todayInJapan(),
    });
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000);
    say("load", `signing in ${world.users.length} HR users`);
    const cookies = await signInAll(base, world.users, LOAD_PASSWORD);
    const loadAverage = os.loadavg()[0] ?? 0;
    const measure = async (label: string, pages: string[], apiPaths: string[]) => {
      say(
        "load",
        `${label}: ${cookies.length} HR users and ${world.apiKeys.length} API clients for ${seconds} s`,
      );
      const [hr, api] = await Promise.all([
        hrUsers(base, cookies, pages, seconds),
        apiClients(base, world.apiKeys, apiPaths, seconds),
      ]);
      return { hr, api };
    };
    await measure("warm-up", HR_PAGES, API_PATHS.slice(0, 1)).catch(() => undefined);
    const real = await measure("dashboards and API", HR_PAGES, API_PATHS);
    const floor = await measure("floor (constant route)", ["/api/health"], ["/api/health"]);
    const rows = [
      row(
        `load: ${cookies.length} concurrent HR users on dashboard pages (think 10–30 s), ${seconds} s, p95`,
        real.hr,
        floor.hr,
      ),
      row(
        `load: ${world.apiKeys.length} API clients × 1 req/s (own key each), ${seconds} s, p95`,
        real.api,
        floor.api,
      ),
    ];
    const failures = [...real.hr, ...real.api].filter((s) => s.status !== 200);
    writeLoadSection({
      rows,
      real,
      floor,
      seconds,
      loadAverage,
      loadAfter: os.loadavg()[0] ?? 0,
      users: cookies.length,
      clients: world.apiKeys.length,
      quick: opts.quick,
    });
    if (failures.length > 0)
      throw new Error(
        `${failures.length} request(s) did not answer 200: ${JSON.stringify(failures.slice(0, 5))}`,
      );
    return rows;
  } finally {
    await web.stop();
    await sql.end({ timeout: 2 });
    await stack.stop();
    fs.rmSync(path.join(root, ".test-data", `load-${process.pid}`), { recursive: true, force: true });
  }
}

function row(name: string, samples: Sample[], floor: Sample[]): BenchRow {
  const ms = (list: Sample[]) =>
    percentile(
      list.map((s) => s.ms),
      95,
    );
  return benchRow(
    name,
    "ms",
    ms(samples),
    ms(floor),
    "no error, timeout or non-200; p95 reported (goal under 1,000 ms)",
  );
}

/** Autocannon at a fixed rate per connection, one key per connection; every response is kept. */
async function apiClients(base: string, keys: string[], paths: string[], seconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  // bench/lib/autocannon.d.ts types the shared subset; this run also needs the rate, the per-connection
  // headers and the per-response event, which autocannon 8 has.
  type Instance = Promise<{ errors: number; timeouts: number }> & {
    on: (event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void) => void;
  };
  const instance = (autocannon as unknown as (o: Record<string, unknown>) => Instance)({
    url: base.replace("localhost", "127.0.0.1"),
    connections: keys.length,
    connectionRate: 1,
    duration: seconds,
    timeout: 30,
    // The context is per connection: each connection takes one key on its first request and keeps it.
    requests: paths.map((p) => ({
      method: "GET",
      path: p,
      setupRequest: (request: Record<string, unknown>, context: { key?: string }) => {
        context.key ??= keys[next++ % keys.length];
        return { ...request, headers: { authorization: `Bearer ${context.key}` } };
      },
    })),
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, ms: number) =>
    samples.push({ ms, status: statusCode }),
  );
  const result = await instance;
  for (let i = 0; i < result.errors + result.timeouts; i++) samples.push({ ms: Number.NaN, status: 0 });
  return samples;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run({ quick: process.argv.includes("--quick") });
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}
