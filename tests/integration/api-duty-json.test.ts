import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as dutiesRoute from "@/app/api/v1/duties/route";
import { appConnection } from "@/db/client";
import { duties } from "@/db/schema";
import { readAsTenant, withTenant } from "@/db/tenant";
import { toApiDuty } from "@/lib/api/schemas/duty";
import { makeCompany, makeEmployee } from "../factories/company";
import { callRoute, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let company: Awaited<ReturnType<typeof makeCompany>>;
let other: Awaited<ReturnType<typeof makeCompany>>;
let key: string;

beforeAll(async () => {
  company = await makeCompany("JSON株式会社");
  other = await makeCompany("他社株式会社");
  key = await makeApiKey(company, ["read"]);
  for (let i = 0; i < 8; i++) await makeEmployee(company, {}, { periodOfStayExpiresOn: `2027-0${i + 1}-15` });
  await makeEmployee(other);
  // The awkward values: microseconds at the edge of a millisecond, every nullable timestamp set, a
  // muted duty, text that JSON must escape, explanations missing, malformed or not strings.
  const rows = await owner`select id from duties where company_id = ${company.companyId} order by id`;
  const ids = rows.map((r) => r.id as string);
  await owner`update duties set submitted_at = '2026-04-14 23:59:59.999999+09', closed_at = '1999-12-31 15:00:00+00',
    cancelled_at = '2026-01-01 00:00:00.000500+00', muted_at = now(), updated_at = '2026-06-30 12:34:56.789+00',
    basis = ${'入管法 第19条の16 "quoted" \\ back\\slash\ttab\nnewline \u0001 ctl'}
    where id = ${ids[0] ?? ""}`;
  await owner`update duties set details = details - 'explanation' where id = ${ids[1] ?? ""}`;
  await owner`update duties set details = jsonb_set(details, '{explanation}', '{"ja": 1, "en": "x"}') where id = ${ids[2] ?? ""}`;
  await owner`update duties set details = jsonb_set(details, '{explanation}', '"just text"') where id = ${ids[3] ?? ""}`;
});
afterAll(async () => {
  await owner.end();
});

describe("GET /api/v1/duties: PostgreSQL writes the JSON (API_DUTY_JSON)", () => {
  it("answers exactly what toApiDuty + JSON.stringify would, page by page, key order included", async () => {
    const expected = await withTenant(company, (tx) =>
      tx.select().from(duties).orderBy(duties.dueDate, duties.id),
    );
    expect(expected.length).toBeGreaterThan(6);
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/duties?limit=4${cursor ? `&cursor=${cursor}` : ""}`;
      const answer = await callRoute(dutiesRoute.GET, { path, key });
      expect(answer.status).toBe(200);
      const body = answer.body as { data: unknown[]; nextCursor: string | null };
      seen.push(...body.data);
      cursor = body.nextCursor;
    } while (cursor);
    // Same values, and the same text: JSON.stringify of both sides compares key order too.
    expect(JSON.stringify(seen)).toBe(JSON.stringify(expected.map(toApiDuty)));
    const edge = expected.map(toApiDuty).find((d) => d.submittedAt !== null);
    expect(edge?.submittedAt).toBe("2026-04-14T14:59:59.999Z");
    expect(edge?.cancelledAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("pages end with nextCursor null and the raw body is compact JSON", async () => {
    const request = new Request("http://localhost/api/v1/duties?limit=200", {
      headers: { authorization: `Bearer ${key}` },
    });
    const response = await dutiesRoute.GET(request, { params: undefined as never });
    const text = await response.text();
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    expect((JSON.parse(text) as { nextCursor: unknown }).nextCursor).toBeNull();
  });
});

describe("readAsTenant (one round trip)", () => {
  it("lets row-level security alone decide: without a company filter only the tenant's rows come back", async () => {
    const mine = await readAsTenant<{ companyId: string }>(
      company,
      sql`select distinct ${duties.companyId} as "companyId" from ${duties}`,
    );
    expect(mine).toEqual([{ companyId: company.companyId }]);
    const theirs = await readAsTenant<{ n: number }>(
      other,
      sql`select count(*)::int as n from ${duties} where ${duties.companyId} = ${company.companyId}`,
    );
    expect(theirs).toEqual([{ n: 0 }]);
  });

  it("leaves nothing behind: the setting ends with the transaction, and a failed statement is thrown", async () => {
    const { sql: pg } = appConnection();
    for (let i = 0; i < 30; i++) await readAsTenant(company, sql`select 1`);
    const settings = await Promise.all(
      Array.from({ length: 20 }, () => pg`select current_setting('app.company_id', true) as v`),
    );
    for (const [row] of settings) expect(row?.v ?? "").toBe("");
    await expect(readAsTenant(company, sql`select 1/0`)).rejects.toThrow(/division by zero/);
    // The pool is whole afterwards: more reads than connections all succeed, none in a transaction.
    const after = await Promise.all(
      Array.from({ length: 30 }, () => readAsTenant<{ n: number }>(company, sql`select 1 as n`)),
    );
    expect(after.every((rows) => rows[0]?.n === 1)).toBe(true);
    const [open] = await pg`select count(*)::int as n from pg_stat_activity
      where usename = current_user and state = 'idle in transaction'`;
    expect(open?.n).toBe(0);
  });

  it("refuses a malformed company id before touching the database", async () => {
    await expect(readAsTenant({ companyId: "' or true --" }, sql`select 1`)).rejects.toThrow(/company id/);
  });
});
