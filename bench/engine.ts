/**
 * Benchmark of the pure compliance engine: people evaluated per second over generated, realistic people
 * (100,000; 10,000 with quick). The floor is measured in the same run: a minimal loop that computes one
 * 14-day rolled deadline per person. ratio = value / floor (how close evaluate gets to that minimum).
 *   npx tsx bench/engine.ts [--quick]   prints the rows as JSON
 */
import { pathToFileURL } from "node:url";
import {
  addDays,
  evaluate,
  evaluateRequest,
  rollForward,
  type StatusCode,
  statusInfo,
  type TEvaluateCase,
} from "../lib/compliance";

export type BenchRow = {
  name: string;
  unit: string;
  value: number;
  floor: number;
  ratio: number;
  goal: string;
};

const GOAL = "well under 1 s per 10,000 people";

/** Deterministic PRNG (mulberry32) so every run measures the same people. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A workforce mix weighted towards the statuses employers actually hold. */
const MIX: [StatusCode, number][] = [
  ["engineer_specialist", 30],
  ["student", 14],
  ["ssw_1", 10],
  ["permanent_resident", 9],
  ["dependent", 7],
  ["titp_2", 6],
  ["skilled_labor", 4],
  ["spouse_of_japanese", 5],
  ["long_term_resident", 5],
  ["designated_activities", 3],
  ["business_manager", 2],
  ["hsp_2", 2],
  ["researcher", 1],
  ["nursing_care", 2],
];
const EVENT_TYPES = [
  "employment_started",
  "employment_ended",
  "org_name_changed",
  "moved_house",
  "card_lost",
  "child_born",
  "divorced",
] as const;

function isoFrom(rand: () => number, fromYear: number, years: number): string {
  const y = fromYear + Math.floor(rand() * years);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function generatePeople(n: number, seed = 20260401): TEvaluateCase[] {
  const rand = prng(seed);
  const total = MIX.reduce((s, [, w]) => s + w, 0);
  const pick = (): StatusCode => {
    let r = rand() * total;
    for (const [code, w] of MIX) {
      r -= w;
      if (r < 0) return code;
    }
    return "engineer_specialist";
  };
  const people: TEvaluateCase[] = [];
  for (let i = 0; i < n; i++) {
    const status = pick();
    const s = statusInfo(status);
    const asOf = isoFrom(rand, 2026, 2);
    const events = Array.from({ length: Math.floor(rand() * 3) }, () => ({
      type: EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)] ?? "moved_house",
      date: isoFrom(rand, 2026, 2),
    }));
    const applied = rand() < 0.1 ? isoFrom(rand, 2026, 2) : null;
    people.push({
      asOf,
      person: {
        status,
        holderRole: rand() < 0.3 ? "spouse" : "principal",
        ...(status === "hsp_2" ? { hsp2Activity: rand() < 0.5 ? "i" : "ha" } : {}),
        periodOfStayExpiresOn: s.indefinitePeriod ? null : isoFrom(rand, 2026, 4),
        cardExpiresOn: s.cardValidityYears ? isoFrom(rand, 2027, 7) : null,
        dateOfBirth: isoFrom(rand, 1965, 40),
        extraActivityPermission: s.work === "N" && rand() < 0.8 ? "comprehensive" : "none",
        employmentInsurance: s.work !== "N" && rand() < 0.9,
        isWorker: rand() < 0.97,
        renewalAppliedOn: applied,
        renewalDecidedOn: null,
      },
      events,
    });
  }
  return people;
}

/** Best of `rounds` timings, in items per second (the clock is read here, never in the engine). */
function throughput(count: number, rounds: number, fn: () => void): number {
  fn(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return count / best;
}

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const n = opts.quick ? 10_000 : 100_000;
  const rounds = opts.quick ? 2 : 3;
  const people = generatePeople(n);
  let sink = 0;
  const floor = throughput(n, rounds, () => {
    for (const p of people) sink += rollForward(addDays(p.asOf, 14)).length;
  });
  const direct = throughput(n, rounds, () => {
    for (const p of people) sink += evaluate(p).duties.length;
  });
  const batch = JSON.parse(JSON.stringify({ cases: people })) as unknown;
  const validated = throughput(n, rounds, () => {
    const res = evaluateRequest(batch);
    // Generated people must be valid, or this would time the error path.
    if (!res.ok) throw new Error(`bench input invalid: ${res.error.message}`);
    sink += 1;
  });
  // The sink keeps the loops observable so no work can be optimised away.
  if (sink < 0) throw new Error("unreachable");
  const row = (name: string, value: number): BenchRow => ({
    name,
    unit: "people/s",
    value: Math.round(value),
    floor: Math.round(floor),
    ratio: Number((value / floor).toFixed(4)),
    goal: GOAL,
  });
  return [
    row(`compliance.evaluate (${n} people)`, direct),
    row(`compliance.evaluateRequest, zod-validated batch (${n} people)`, validated),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") }).then((rows) => console.log(JSON.stringify(rows, null, 2)));
}
