/**
 * `npm run bench` (or `npm run bench -- --quick`): every benchmark in bench/, each reporting figures as
 * a ratio against a floor measured in the same run on the same machine. Writes bench/results.json —
 * an array of { name, unit, value, floor, ratio, goal } — and prints a table. Each module starts its own
 * throwaway services (scripts/lib/stack.ts) where it needs them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./lib/row";
import { stopProcesses } from "./lib/web";
import { closeWorld } from "./lib/world";

type BenchModule = { run: (opts: { quick: boolean }) => Promise<BenchRow[]> };

// Order: cheapest first, so a quick run reports something even if a later one fails. The modules from
// sweep to api share one generated world (bench/lib/world.ts), started by the first that needs it; the
// sweep goes first because it moves the world's mornings forward and marks their reminders sent.
const MODULES = ["engine", "sweep", "fanout", "email", "csv-import", "dashboard", "dashboard-scale", "api"];

const quick = process.argv.includes("--quick");
// Other work on the machine skews every figure: the load average is recorded with the results.
const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
const startedAt = Date.now();
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const here = import.meta.dirname;
const rows: BenchRow[] = [];
const failures: string[] = [];
for (const name of MODULES) {
  if (only && !only.includes(name)) continue;
  const file = path.join(here, `${name}.ts`);
  if (!fs.existsSync(file)) continue;
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(file).href)) as BenchModule;
    const result = await mod.run({ quick });
    rows.push(...result);
    console.log(
      `[bench] ${name}: ${result.length} figure(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
    console.error(`[bench] ${name} failed: ${(error as Error).stack}`);
  }
}

await stopProcesses();
await closeWorld();

const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
  minutes: Math.round((Date.now() - startedAt) / 6000) / 10,
  loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((n) => Math.round(n * 100) / 100) },
};
fs.writeFileSync(path.join(here, "results.json"), `${JSON.stringify(rows, null, 2)}\n`);
fs.writeFileSync(
  path.join(here, "results-machine.json"),
  `${JSON.stringify({ ...machine, quick }, null, 2)}\n`,
);
console.log(
  `\n${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}${quick ? " (quick)" : ""}`,
);
console.table(
  rows.map((r) => ({ ...r, value: round(r.value), floor: round(r.floor), ratio: round(r.ratio) })),
);
if (failures.length) {
  console.error(`failed: ${failures.join("; ")}`);
  process.exit(1);
}
process.exit(0); // a library's idle timer must not keep a finished run alive

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}
