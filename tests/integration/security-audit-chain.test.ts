import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db/tenant";
import { unsafeVerifyAuditChains } from "@/lib/security/audit-chain";
import { writeAudit } from "@/lib/services/audit";
import { updateEmployee } from "@/lib/services/update-employee";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const run = promisify(execFile);
const owner = ownerSql();
afterAll(async () => {
  await owner.end();
});

/** A company with a few audit rows: sign-up, two employees, an edit. */
async function companyWithHistory() {
  const company = await makeCompany();
  const first = await makeEmployee(company);
  await makeEmployee(company, { nameOnCard: "SECOND PERSON" });
  await updateEmployee(company, first.id, {
    nameOnCard: "FIRST PERSON",
    nationality: "VN",
    dateOfBirth: "1995-03-14",
    sex: "M",
  });
  const rows = await owner<
    { id: number }[]
  >`select id from audit_log where company_id = ${company.companyId} order by id`;
  expect(rows.length).toBeGreaterThanOrEqual(4);
  return { company, ids: rows.map((r) => Number(r.id)) };
}

const breaksOf = async (companyId: string, anchors = {}) =>
  (await unsafeVerifyAuditChains(owner, anchors)).breaks.filter((b) => b.companyId === companyId);

async function verifyCommand(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/verify-audit.ts", ...args], { env: process.env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe("the audit hash chain and `npm run audit:verify`", () => {
  it("an untouched chain verifies, including addresses and data as PostgreSQL stores them", async () => {
    const { company } = await companyWithHistory();
    // An IPv6 address written non-canonically, and data that JSON (so jsonb) changes: undefined and a Date.
    await withTenant(company, (tx) =>
      writeAudit(
        tx,
        { ...company, ip: "2001:DB8:0:0::1" },
        {
          action: "test.normalised",
          entityType: "test",
          data: { skipped: undefined, at: new Date("2026-04-01T00:00:00Z"), n: 1 },
        },
      ),
    );
    expect(await breaksOf(company.companyId)).toEqual([]);
    // Scoped to this company: the whole database is shared with other test files.
    const { code, out } = await verifyCommand("--company", company.companyId);
    expect(out).toMatch(/audit chains: 1 companies, \d+ rows, 0 breaks/);
    expect(code).toBe(0);
  });

  it("an edit by the schema owner is found at the edited row, and the command exits 1", async () => {
    const { company, ids } = await companyWithHistory();
    const edited = ids[2] ?? 0;
    await owner`update audit_log set data = '{"fields":["nothing happened"]}' where id = ${edited}`;
    expect(await breaksOf(company.companyId)).toEqual([
      expect.objectContaining({ rowId: edited, kind: "hash_mismatch" }),
    ]);
    const { code, out } = await verifyCommand("--company", company.companyId);
    expect(code).toBe(1);
    expect(out).toContain(`BREAK company=${company.companyId} row=${edited} hash_mismatch`);
  });

  it("an edit that also recomputes the row's own hash is still found (the next row's link breaks)", async () => {
    const { company, ids } = await companyWithHistory();
    const edited = ids[1] ?? 0;
    await owner`update audit_log set action = 'employee.nothing', hash = 'forged' || hash where id = ${edited}`;
    const breaks = await breaksOf(company.companyId);
    expect(breaks[0]).toMatchObject({ rowId: edited, kind: "hash_mismatch" });
  });

  it("a deleted row is found at the row after it", async () => {
    const { company, ids } = await companyWithHistory();
    await owner`delete from audit_log where id = ${ids[1] ?? 0}`;
    expect(await breaksOf(company.companyId)).toEqual([
      expect.objectContaining({ rowId: ids[2], kind: "prev_mismatch" }),
    ]);
  });

  it("rows removed from the end are found against the anchors of an earlier run", async () => {
    const { company, ids } = await companyWithHistory();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "anchors-")), "anchors.json");
    expect((await verifyCommand("--company", company.companyId, "--write-anchors", file)).code).toBe(0);
    const anchors = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(anchors[company.companyId]).toEqual({ id: ids.at(-1), hash: expect.any(String) });
    await owner`delete from audit_log where id = ${ids.at(-1) ?? 0}`;
    // Without anchors the shorter chain is consistent; with them the truncation shows.
    expect(await breaksOf(company.companyId)).toEqual([]);
    expect(await breaksOf(company.companyId, anchors)).toEqual([
      expect.objectContaining({ rowId: ids.at(-1), kind: "anchor_missing" }),
    ]);
    const { code, out } = await verifyCommand("--company", company.companyId, "--anchors", file);
    expect(code).toBe(1);
    expect(out).toContain(`BREAK company=${company.companyId} row=${ids.at(-1)} anchor_missing`);
  });
});
