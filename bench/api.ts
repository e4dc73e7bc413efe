/**
 * 4. API throughput: requests per second for GET /api/v1/duties (a page of 50) of the 10,000-employee
 * company, with autocannon at 50 connections against the production build, while the database holds the
 * whole world — against the same load on a bare Next.js route answering a constant (/api/health). Every
 * request pays the real path: key lookup by hash, the Redis rate limit, the tenant transaction, zod.
 * Each run must answer every request with 200 (a 429 or 500 would make the route look fast).
 *   npx tsx bench/api.ts [--quick]
 */
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { generateApiKey } from "@/lib/services/api-keys/key-material";
import { type BenchRow, benchRow, median, say } from "./lib/row";
import { getWeb, stopProcesses } from "./lib/web";
import { closeWorld, getWorld, type World } from "./lib/world";

const CONNECTIONS = 50;

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const web = await getWeb(world);
  const keys = await apiKeys(world, world.roles.dashboard.id, 200);
  const duration = opts.quick ? 5 : 10;
  const runs = opts.quick ? 2 : 3;
  let next = 0;
  // CPU per request of the web server and of PostgreSQL (all its backends): steadier than requests per
  // second when other work shares the machine, and it says which side a change helped.
  const processes = {
    // next start renames its process "next-server": ours is the one this process started.
    web: (p: Proc) => p.ppid === process.pid && p.cmd.startsWith("next-server"),
    pg: (p: Proc) => p.cmd.includes(`${world.dataDir}/pg`),
  };
  const duties = () =>
    load(
      `${web.url}/api/v1/duties?limit=50`,
      duration,
      () => ({ authorization: `Bearer ${keys[next++ % keys.length]}` }),
      processes,
    );
  const floor = () => load(`${web.url}/api/health`, duration, () => ({}), processes);
  await duties(); // warm-up: compiled routes, prepared statements, connection pools
  await floor();
  const rates = { duties: [] as number[], floor: [] as number[] };
  for (let k = 0; k < runs; k++) {
    rates.duties.push(await duties());
    rates.floor.push(await floor());
    say(
      "api",
      `GET /api/v1/duties ${rates.duties.at(-1)?.toFixed(0)} req/s; bare route ${rates.floor.at(-1)?.toFixed(0)} req/s`,
    );
  }
  return [
    benchRow(
      `API: GET /api/v1/duties?limit=50, ${CONNECTIONS} connections (${world.roles.dashboard.size.toLocaleString("en")}-employee company; median of ${runs} × ${duration} s)`,
      "req/s",
      median(rates.duties),
      median(rates.floor),
      "≥ 50% of the bare route's throughput",
    ),
  ];
}

async function load(
  url: string,
  duration: number,
  headers: () => Record<string, string>,
  processes: Record<string, (p: Proc) => boolean>,
): Promise<number> {
  const target = new URL(url);
  const before = Object.values(processes).map(cpuSeconds);
  const result = await autocannon({
    url: target.origin,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: "GET",
        path: `${target.pathname}${target.search}`,
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...headers() } }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  const cpu = Object.keys(processes).map(
    (name, i) =>
      `${name} ${(((cpuSeconds(processes[name] ?? (() => false)) - (before[i] ?? 0)) * 1000) / result["2xx"]).toFixed(2)}`,
  );
  say(
    "api",
    `${target.pathname}: ${result.requests.average.toFixed(0)} req/s, CPU ms per request: ${cpu.join(", ")}`,
  );
  return result.requests.average;
}

/**
 * CPU seconds (user + system) used so far by the processes whose command line matches and all their
 * descendants (PostgreSQL's backends). Linux only (/proc); elsewhere 0.
 */
type Proc = { ppid: number; cpu: number; cmd: string };

function cpuSeconds(matches: (p: Proc) => boolean): number {
  if (!fs.existsSync("/proc/self/stat")) return 0;
  const procs = new Map<number, Proc>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.set(Number(entry), {
        ppid: Number(fields[1]),
        // utime + stime, in USER_HZ (100 on Linux)
        cpu: (Number(fields[11]) + Number(fields[12])) / 100,
        cmd: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " "),
      });
    } catch {
      // gone meanwhile
    }
  }
  const roots = new Set([...procs].filter(([, p]) => matches(p)).map(([pid]) => pid));
  let total = 0;
  for (const [pid, p] of procs) {
    let x: number | undefined = pid;
    while (x !== undefined && x > 1 && !roots.has(x)) x = procs.get(x)?.ppid;
    if (x !== undefined && roots.has(x)) total += p.cpu;
  }
  return total;
}

/**
 * API keys for the company, written straight to the table (the settings page caps a company at 20):
 * the load generator stands in for many integrations, each within its own 600-a-minute limit.
 */
async function apiKeys(world: World, companyId: string, count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, () => generateApiKey());
  await world.sql`
    insert into api_keys (company_id, name, prefix, key_hash, scopes)
    select ${companyId}::uuid, 'bench ' || k.prefix, k.prefix, k.hash, '{read}'::text[]
    from unnest(${keys.map((k) => k.prefix)}::text[], ${keys.map((k) => k.hash)}::text[]) as k(prefix, hash)`;
  return keys.map((k) => k.secret);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .finally(async () => {
      await stopProcesses();
      await closeWorld();
    })
    .then(() => process.exit(0));
}
