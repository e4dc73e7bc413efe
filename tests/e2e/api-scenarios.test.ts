import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, ZEvaluateCase } from "@/lib/compliance";
import { makeCompany } from "../factories/company";
import { callHttp, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";
import { SCENARIOS } from "../unit/compliance/fixtures";
import { matchScenario } from "../unit/compliance/scenario-matcher";

/**
 * The evaluation contract three ways, identical answers: every scenario in tests/fixtures/scenarios.json
 * through POST /api/v1/evaluate on the production build, checked with the same matcher as the unit
 * tests and compared field for field with the library and with the CLI.
 */
const base = process.env.E2E_BASE_URL ?? "";
let key = "";
let companyId = "";
const owner = ownerSql();

beforeAll(async () => {
  const company = await makeCompany("評価API株式会社");
  companyId = company.companyId;
  key = await makeApiKey(company, ["read"]);
});
afterAll(() => owner.end());

/** Rows the company has in every table with a company_id: evaluation must not add any. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables =
    await owner`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'company_id' order by table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables)
    counts[table_name as string] = (
      await owner.unsafe(`select count(*)::int as n from ${table_name as string} where company_id = $1`, [
        companyId,
      ])
    )[0]?.n as number;
  return counts;
}

describe("scenarios through HTTP", () => {
  it.each(SCENARIOS.map((s) => [s.id, s.title, s] as const))("%s %s", async (_id, _title, scenario) => {
    const answer = await callHttp(base, { method: "POST", path: "/evaluate", key, body: scenario.request });
    expect(answer.status).toBe(200);
    expect(matchScenario(scenario.expect, answer.body)).toEqual([]);
    expect(answer.body).toEqual(evaluate(ZEvaluateCase.parse(scenario.request)));
  });

  it("a batch answers in order, identical to the library and to `npm run evaluate`", async () => {
    const batch = { cases: SCENARIOS.map((s) => s.request) };
    const answer = await callHttp(base, { method: "POST", path: "/evaluate", key, body: batch });
    expect(answer.status).toBe(200);
    const results = (answer.body as { results: unknown[] }).results;
    expect(results).toEqual(SCENARIOS.map((s) => evaluate(ZEvaluateCase.parse(s.request))));
    const cli = spawnSync("npx", ["tsx", "scripts/evaluate.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      input: JSON.stringify(batch),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(answer.body);
  });

  it("stores nothing: not the request, not an Idempotency-Key, not an audit entry", async () => {
    const before = await rowCounts();
    const request = SCENARIOS[0]?.request;
    const first = await callHttp(base, {
      method: "POST",
      path: "/evaluate",
      key,
      body: request,
      headers: { "idempotency-key": "ignored" },
    });
    const second = await callHttp(base, {
      method: "POST",
      path: "/evaluate",
      key,
      body: { ...(request as object), asOf: "2026-05-01" },
      headers: { "idempotency-key": "ignored" },
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it("names the field like the CLI does: an unknown field and an impossible date", async () => {
    const valid = SCENARIOS[0]?.request as { person: Record<string, unknown> };
    const unknown = await callHttp(base, {
      method: "POST",
      path: "/evaluate",
      key,
      body: { cases: [valid, { ...valid, person: { ...valid.person, salary: 1 } }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: {
        code: "invalid_input",
        field: "cases[1].person.salary",
        issues: [{ field: "cases[1].person.salary" }],
      },
    });
    const date = await callHttp(base, {
      method: "POST",
      path: "/evaluate",
      key,
      body: { ...valid, asOf: "2026-02-30" },
    });
    expect(date.body).toMatchObject({ error: { field: "asOf", message: "asOf: must be a date YYYY-MM-DD" } });
    const notJson = await callHttp(base, {
      method: "POST",
      path: "/evaluate",
      key,
      rawBody: "{ not json",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.body).toMatchObject({ error: { code: "invalid_input", field: "body" } });
  });
});
