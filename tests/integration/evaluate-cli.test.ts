/**
 * The CLI half of the contract (EVALUATE.md): `tsx scripts/evaluate.ts` reads stdin and writes stdout;
 * exit 0 on success, exit 2 with a field-named JSON error on invalid JSON or input. Needs no services.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCENARIOS } from "../unit/compliance/fixtures";
import { matchScenario } from "../unit/compliance/scenario-matcher";

const root = path.resolve(import.meta.dirname, "../..");

function cli(stdin: string): { code: number | null; out: unknown; stderr: string } {
  const res = spawnSync("npx", ["tsx", "scripts/evaluate.ts"], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  let out: unknown = null;
  try {
    out = JSON.parse(res.stdout);
  } catch {
    out = res.stdout;
  }
  return { code: res.status, out, stderr: res.stderr };
}

const valid = SCENARIOS[0]?.request as { asOf: string; person: Record<string, unknown>; events: unknown[] };

describe("scripts/evaluate.ts", () => {
  it("answers every scenario (expectations stripped) in order, exit 0", () => {
    const { code, out, stderr } = cli(JSON.stringify({ cases: SCENARIOS.map((s) => s.request) }));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const results = (out as { results: unknown[] }).results;
    expect(results).toHaveLength(SCENARIOS.length);
    SCENARIOS.forEach((s, i) => {
      expect(matchScenario(s.expect, results[i]), s.id).toEqual([]);
    });
  });

  it("answers a single case with a single result", () => {
    const { code, out } = cli(JSON.stringify(valid));
    expect(code).toBe(0);
    expect(out).toMatchObject({ duties: expect.any(Array), work: { state: "authorized" } });
  });

  it("exits 2 naming an unknown field", () => {
    const { code, out } = cli(
      JSON.stringify({ cases: [valid, { ...valid, person: { ...valid.person, salary: 1 } }] }),
    );
    expect(code).toBe(2);
    expect(out).toMatchObject({
      code: "invalid_input",
      field: "cases[1].person.salary",
      issues: [{ field: "cases[1].person.salary", message: "unknown field" }],
    });
  });

  it("exits 2 naming a bad date", () => {
    const { code, out } = cli(JSON.stringify({ ...valid, asOf: "2026-02-30" }));
    expect(code).toBe(2);
    expect(out).toMatchObject({
      code: "invalid_input",
      field: "asOf",
      issues: [{ field: "asOf", message: "must be a date YYYY-MM-DD" }],
    });
  });

  it("exits 2 on input that is not JSON", () => {
    const { code, out } = cli("{ not json");
    expect(code).toBe(2);
    expect(out).toMatchObject({ code: "invalid_json", field: "(root)" });
  });
});
