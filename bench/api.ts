/**
 * 4. API throughput: requests per second for GET /api/v1/duties (a page of 50) of the 10,000-employee
 * company, with autocannon at 50 connections against the production build, while the database holds the
 * whole world — against the same load on a bare Next.js route answering a constant (/api/health). Every
 * request pays the real path: key lookup by hash, the Redis rate limit, the tenant transaction, zod.
 * Each run must answer every request with 200 (a 429 or 500 would make the route look fast).
 *   npx tsx bench/api.ts [--quick]
 */
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
  const duties = () =>
    load(`${web.url}/api/v1/duties?limit=50`, duration, () => ({
      authorization: `Bearer ${keys[next++ % keys.length]}`,
    }));
  const floor = () => load(`${web.url}/api/health`, duration, () => ({}));
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

async function load(url: string, duration: number, headers: () => Record<string, string>): Promise<number> {
  const target = new URL(url);
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
  return result.requests.average;
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
