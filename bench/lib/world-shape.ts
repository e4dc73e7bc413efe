import { prng } from "./prng";

export type WorldShape = { sizes: number[]; roles: { dashboard: number; fanout: number } };

/**
 * Head counts of the world's companies: a few large customers named by the issue (the 50,000-employee
 * one, the 20,000 one whose head office moves, the 10,000 one whose dashboard is timed), then a long
 * tail drawn from a log-normal (median about 40 foreign employees), scaled to the exact total.
 * Roles are 1-based company ordinals.
 */
export function worldShape(quick: boolean): WorldShape {
  const companies = quick ? 1_000 : 10_000;
  const total = quick ? 60_000 : 1_000_000;
  const named = quick ? [10_000, 5_000] : [50_000, 20_000, 10_000];
  const roles = quick ? { dashboard: 1, fanout: 2 } : { dashboard: 3, fanout: 2 };
  const rand = prng(7);
  const tail = Array.from({ length: companies - named.length }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return Math.exp(Math.log(40) + 1.1 * z);
  });
  const remaining = total - named.reduce((a, b) => a + b, 0);
  const scale = remaining / tail.reduce((a, b) => a + b, 0);
  // Capped below the named customers so they stay the largest; at least one employee each.
  const sizes = tail.map((s) => Math.min(named.at(-1) ?? 5_000, Math.max(1, Math.round(s * scale))));
  let diff = remaining - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % sizes.length) {
    const size = sizes[i] ?? 1;
    if (diff < 0 && size <= 1) continue;
    sizes[i] = size + Math.sign(diff);
    diff -= Math.sign(diff);
  }
  return { sizes: [...named, ...sizes], roles };
}
