/** Deterministic PRNG (mulberry32): the same seed generates the same world, run after run. */
export type Rand = () => number;

export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const chance = (rand: Rand, p: number): boolean => rand() < p;
export const intBetween = (rand: Rand, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1));

export function pickOne<T>(rand: Rand, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error("pickOne of nothing");
  return item;
}

/** A weighted choice; the weights need not sum to anything in particular. */
export function weighted<T>(table: readonly (readonly [T, number])[]): (rand: Rand) => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return (rand) => {
    let r = rand() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    const last = table.at(-1);
    if (!last) throw new Error("weighted of nothing");
    return last[0];
  };
}
