/**
 * The matching rules of tests/fixtures/scenarios.json ("about"): every expected duty appears with the
 * listed field values; no duty whose code is in `absent` appears; with `exact`, no other duty appears;
 * `work` and `renewal` compare the listed fields, except that `work.limits` only needs each listed limit.
 * Returns the list of mismatches (empty when the result matches).
 */
export type ScenarioExpect = {
  exact?: boolean;
  duties?: Record<string, unknown>[];
  absent?: string[];
  work?: Record<string, unknown>;
  renewal?: Record<string, unknown> | null;
};

type AnyRecord = Record<string, unknown>;

export function matchScenario(expect: ScenarioExpect, result: unknown): string[] {
  const why: string[] = [];
  const r = (result ?? {}) as AnyRecord;
  const duties = Array.isArray(r.duties) ? (r.duties as AnyRecord[]) : [];
  for (const want of expect.duties ?? []) {
    const same = duties.filter((d) => d.code === want.code && (!want.trigger || d.trigger === want.trigger));
    if (same.length === 0) {
      why.push(`missing ${String(want.code)}/${String(want.trigger)}`);
      continue;
    }
    if (!same.some((d) => Object.entries(want).every(([k, v]) => d[k] === v))) {
      why.push(`${String(want.code)}: want ${JSON.stringify(want)} got ${JSON.stringify(same)}`);
    }
  }
  for (const code of expect.absent ?? [])
    if (duties.some((d) => d.code === code)) why.push(`unexpected ${code}`);
  if (expect.exact) {
    const wanted = new Set((expect.duties ?? []).map((d) => `${String(d.code)}/${String(d.trigger)}`));
    for (const d of duties)
      if (!wanted.has(`${String(d.code)}/${String(d.trigger)}`))
        why.push(`extra ${String(d.code)}/${String(d.trigger)}`);
  }
  if (expect.work) {
    const w = (r.work ?? {}) as AnyRecord;
    for (const [k, v] of Object.entries(expect.work)) {
      if (k === "limits") {
        const have = Array.isArray(w.limits) ? (w.limits as unknown[]) : [];
        for (const l of v as unknown[]) if (!have.includes(l)) why.push(`work.limits lacks ${String(l)}`);
      } else if (w[k] !== v) why.push(`work.${k}: want ${String(v)} got ${String(w[k])}`);
    }
  }
  if (expect.renewal !== undefined) {
    const got = r.renewal as AnyRecord | null | undefined;
    if (expect.renewal === null) {
      if (got != null) why.push("renewal: want null");
    } else {
      for (const [k, v] of Object.entries(expect.renewal)) {
        if (got?.[k] !== v) why.push(`renewal.${k}: want ${String(v)} got ${String(got?.[k])}`);
      }
    }
  }
  return why;
}
