import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Sample } from "./load-users";
import { type BenchRow, percentile } from "./row";

const FILE = path.resolve(import.meta.dirname, "..", "RESULTS.md");
const START = "<!-- load:start (written by bench/load.ts; other sections belong to other benchmarks) -->";
const END = "<!-- load:end -->";

type Run = { hr: Sample[]; api: Sample[] };

/**
 * Replaces the "Load" section of bench/RESULTS.md (between its markers, creating the file or the
 * section if needed) and leaves every other section as it is. A quick run (CI) does not overwrite
 * the full run's figures.
 */
export function writeLoadSection(r: {
  rows: BenchRow[];
  real: Run;
  floor: Run;
  seconds: number;
  loadAverage: number;
  loadAfter: number;
  users: number;
  clients: number;
  quick: boolean;
}): void {
  if (r.quick) return;
  const line = (label: string, samples: Sample[], floor: Sample[]) => {
    const ok = samples.filter((s) => s.status === 200);
    const ms = (list: Sample[], p: number) =>
      list.length
        ? percentile(
            list.map((s) => s.ms),
            p,
          ).toFixed(0)
        : "–";
    return `| ${label} | ${samples.length.toLocaleString("en")} | ${(samples.length / r.seconds).toFixed(1)} | ${samples.length - ok.length} | ${ms(ok, 50)} | **${ms(ok, 95)}** | ${ms(ok, 99)} | ${ms(floor, 95)} |`;
  };
  const cpu = os.cpus();
  const section = [
    START,
    "## Load",
    "",
    `\`npm run load\` (bench/load.ts): ${r.users} concurrent HR users (10 companies × 20, each signed in with its own session) on the dashboard, employee table and duty list, each reading a page for 10–30 s before the next; and ${r.clients} API clients (autocannon, one key each, 1 request/s, employees and duties lists); ${r.seconds} s against the production build (\`next start\`) over loopback, with PostgreSQL, Redis and the app on the same machine. 300 employees with cards and duties per company. The floor is the same load on a bare constant route (/api/health) in the same run.`,
    "",
    `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpu.length} vCPU (${cpu[0]?.model ?? "unknown"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${r.loadAverage.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after (the machine is shared with other engineers' builds and tests).`,
    "",
    "| traffic | requests | req/s | not 200 | p50 ms | p95 ms | p99 ms | floor p95 ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    line(`${r.users} HR users, dashboard pages`, r.real.hr, r.floor.hr),
    line(`${r.clients} API clients`, r.real.api, r.floor.api),
    "",
    `Goal: no error, timeout or non-200 answer (the run fails otherwise), p95 under 1 s. Ratios (p95 / floor p95): ${r.rows.map((x) => `${x.ratio}`).join(", ")}.`,
    END,
  ].join("\n");
  const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, "utf8") : "# Benchmark results\n";
  const next = current.includes(START)
    ? current.replace(new RegExp(`${escapeRegExp(START)}[\\s\\S]*?${escapeRegExp(END)}`), section)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(FILE, next);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
