/**
 * One figure of bench/results.json: `value` measured against `floor` (the minimum the same work can
 * cost, measured in the same run on the same machine) and their ratio. Which way the ratio should go
 * depends on the unit: for times, smaller is better (ratio = value / floor ≥ 1); for rates, larger is
 * better (ratio = value / floor ≤ 1). `goal` says in words what the figure must meet.
 */
export type BenchRow = {
  name: string;
  unit: string;
  value: number;
  floor: number;
  ratio: number;
  goal: string;
};

export function benchRow(name: string, unit: string, value: number, floor: number, goal: string): BenchRow {
  return {
    name,
    unit,
    value: round(value),
    floor: round(floor),
    ratio: floor > 0 ? Number((value / floor).toFixed(3)) : 0,
    goal,
  };
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/** Milliseconds since `t0` (process.hrtime.bigint()). */
export function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return { ms: msSince(t0), result };
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}

/** A progress line on stderr, so `npm run bench` shows where it is without mixing into the JSON output. */
export function say(scope: string, message: string): void {
  process.stderr.write(`[bench:${scope}] ${message}\n`);
}
