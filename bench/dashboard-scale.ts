/**
 * 3. Dashboard at scale: server time of the overview (/dashboard) and the employee table's first page
 * (/employees) of the 10,000-employee company, signed in as its owner, over HTTP from the production
 * build (`next start`), while the database holds the whole world (1,000,000 employees; quick: 60,000).
 * The floor is a bare Next.js route answering a constant (/api/health without ?ready) through the same
 * server, proxy and connection, measured in the same loop. Requests go one at a time, interleaved, so
 * each time is the server's work plus one localhost round trip. (bench/dashboard.ts, the dashboard
 * engineer's, times the same use cases in-process at 210,000 employees.)
 *   npx tsx bench/dashboard-scale.ts [--quick]
 */
import { pathToFileURL } from "node:url";
import { signIn, timedGet } from "./lib/http";
import { type BenchRow, benchRow, percentile, say } from "./lib/row";
import { getWeb, stopProcesses } from "./lib/web";
import { closeWorld, getWorld } from "./lib/world";

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const web = await getWeb(world);
  const company = world.roles.dashboard;
  const cookie = await signIn(world, web.url, company.id);
  const headers = { cookie, "accept-language": "ja" };
  const [active] = await world.sql<
    { n: number }[]
  >`select count(*)::int as n from employees where company_id = ${company.id} and archived_at is null`;
  const pages = {
    overview: { url: `${web.url}/dashboard`, expect: "ベンチ工業株式会社" },
    // The page says how many of how many it shows: proof it counted the whole company.
    table: { url: `${web.url}/employees`, expect: (active?.n ?? 0).toLocaleString("ja") },
    floor: { url: `${web.url}/api/health`, expect: '"ok":true' },
  };
  const times: Record<keyof typeof pages, number[]> = { overview: [], table: [], floor: [] };
  const iterations = opts.quick ? 40 : 200;
  for (let i = -10; i < iterations; i++)
    for (const [name, page] of Object.entries(pages) as [keyof typeof pages, (typeof pages)["floor"]][]) {
      const ms = await timedGet(page.url, headers, page.expect);
      if (i >= 0) times[name].push(ms); // the first ten rounds warm the server up
    }
  say(
    "dashboard-scale",
    `overview p50 ${percentile(times.overview, 50).toFixed(1)} ms, table p50 ${percentile(times.table, 50).toFixed(1)} ms, floor p50 ${percentile(times.floor, 50).toFixed(1)} ms`,
  );
  const scale = `${company.size.toLocaleString("en")}-employee company, ${world.generated.counts.employees.toLocaleString("en")} in the database`;
  const rows: BenchRow[] = [];
  for (const [name, label] of [
    ["overview", "overview"],
    ["table", "employee table, first page"],
  ] as const)
    for (const p of [50, 95])
      rows.push(
        benchRow(
          `dashboard ${label} p${p} over HTTP (${scale}; ${iterations} requests)`,
          "ms",
          percentile(times[name], p),
          percentile(times.floor, p),
          "p95 under 100 ms",
        ),
      );
  return rows;
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
