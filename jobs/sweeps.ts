/**
 * What the daily sweep does, in order. Each sweep is set-based SQL over PostgreSQL state (never a
 * query per employee) and safe to run twice. A feature adds its sweep here.
 */
export type Sweep = { name: string; run: () => Promise<Record<string, number>> };

export const SWEEPS: Sweep[] = [];
