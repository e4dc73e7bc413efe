import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SWEEPS } from "@/jobs/sweeps";
import { AppError } from "@/lib/errors";
import { unsafeVerifyAuditChains } from "@/lib/security/audit-chain";
import { EMPLOYEE_TABLES } from "@/lib/services/privacy/employee-footprint";
import { unsafePurgeSeparatedEmployees } from "@/lib/services/privacy/purge-separated";
import { getRetentionSettings, updateRetentionSettings } from "@/lib/services/privacy/retention-settings";
import { putFile } from "@/lib/storage/file-store";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
const TODAY = "2026-04-11";
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
const ids: Record<string, string> = {};
const files: string[] = [];

const separated = async (company: typeof a, name: string, ended: string | null) =>
  (ids[name] = (
    await makeEmployee(company, {
      nameOnCard: name,
      employmentEndedOn: ended ?? undefined,
      employmentStartedOn: "2020-04-01",
    })
  ).id);

/** Everything the database can hold about a person, written straight (other features own the use cases). */
async function fillFootprint(companyId: string, employeeId: string) {
  const file = await putFile(companyId, Buffer.from("%PDF-1.4 proof"));
  const checkFile = await putFile(companyId, Buffer.from("%PDF-1.4 check"));
  files.push(
    path.resolve(process.env.UPLOAD_DIR ?? "", file.storageKey),
    path.resolve(process.env.UPLOAD_DIR ?? "", checkFile.storageKey),
  );
  const [up] =
    await owner`insert into uploads (company_id, employee_id, kind, mime_type, size, sha256, storage_key) values (${companyId}, ${employeeId}, 'proof', 'application/pdf', 14, ${file.sha256}, ${file.storageKey}) returning id`;
  // A check screenshot stored without an employee id: found through the check that points at it.
  const [checkUp] =
    await owner`insert into uploads (company_id, employee_id, kind, mime_type, size, sha256, storage_key) values (${companyId}, null, 'check', 'application/pdf', 14, ${checkFile.sha256}, ${checkFile.storageKey}) returning id`;
  const [ev] =
    await owner`insert into events (company_id, employee_id, type, date) values (${companyId}, ${employeeId}, 'employment_ended', '2023-04-10') returning id`;
  const [duty] =
    await owner`insert into duties (company_id, employee_id, event_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source)
    values (${companyId}, ${employeeId}, ${ev?.id}, ${`d-${employeeId}`}, 'NOTIFY_END', 'employment_ended', '2023-04-10', 'employer', '2023-04-24', '2023-04-24', 'r@1', 'basis', 'src') returning id`;
  await owner`insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key) values (${companyId}, ${duty?.id}, ${employeeId}, 'employee', 'reminder', '2023-04-20', ${`n-${employeeId}`})`;
  await owner`insert into employee_tokens (company_id, employee_id, token_hash, expires_at) values (${companyId}, ${employeeId}, ${crypto.randomUUID()}, now())`;
  await owner`insert into confirmations (company_id, duty_id, employee_id, filed_on, channel, upload_id) values (${companyId}, ${duty?.id}, ${employeeId}, '2023-04-20', 'online', ${up?.id})`;
  await owner`insert into card_submissions (company_id, employee_id, data) values (${companyId}, ${employeeId}, '{}')`;
  await owner`insert into card_checks (company_id, employee_id, checked_on, result, upload_id) values (${companyId}, ${employeeId}, '2022-04-01', 'ok', ${checkUp?.id})`;
  await owner`insert into shifts (company_id, employee_id, date, hours) values (${companyId}, ${employeeId}, '2023-01-05', 4)`;
  await owner`insert into long_vacations (company_id, employee_id, starts_on, ends_on) values (${companyId}, ${employeeId}, '2022-08-01', '2022-09-15')`;
  const [hook] =
    await owner`insert into webhook_endpoints (company_id, url, secret_encrypted, events) values (${companyId}, 'https://hooks.example.test/r', 'v1.x.x.x.x', ${["duty.created"]}) returning id`;
  await owner`insert into webhook_deliveries (company_id, endpoint_id, event_type, event_key, payload) values (${companyId}, ${hook?.id}, 'duty.created', ${`k-${employeeId}`}, ${owner.json({ data: { employeeId } })})`;
}

const rowsAbout = async (employeeId: string) => {
  const out: Record<string, number> = {};
  for (const table of [...EMPLOYEE_TABLES, "uploads"])
    out[table] = (
      await owner.unsafe(`select count(*)::int as n from ${table} where employee_id = $1`, [employeeId])
    )[0]?.n;
  out.employees = (await owner`select count(*)::int as n from employees where id = ${employeeId}`)[0]?.n;
  out.webhook_deliveries = (
    await owner`select count(*)::int as n from webhook_deliveries where payload::text like ${`%${employeeId}%`}`
  )[0]?.n;
  return out;
};

beforeAll(async () => {
  a = await makeCompany("保存期間A社");
  b = await makeCompany("保存期間B社");
  await separated(a, "ENDED ONE DAY TOO LONG AGO", "2023-04-10");
  await separated(a, "ENDED EXACTLY THREE YEARS AGO", "2023-04-11");
  await separated(a, "STILL EMPLOYED", null);
  await separated(a, "ENDED LAST YEAR", "2025-01-01");
  await updateRetentionSettings(b, { retentionYears: "1" });
  await separated(b, "B ENDED OVER A YEAR AGO", "2025-04-10");
  await separated(b, "B ENDED A YEAR AGO TODAY", "2025-04-11");
  await fillFootprint(a.companyId, ids["ENDED ONE DAY TOO LONG AGO"] ?? "");
  await fillFootprint(a.companyId, ids["ENDED EXACTLY THREE YEARS AGO"] ?? "");
});
afterAll(async () => {
  await owner.end();
});

describe("retention setting", () => {
  it("defaults to 3 years; only an owner changes it; the value is one of the listed choices", async () => {
    expect(await getRetentionSettings(a)).toEqual({ retentionYears: 3, isDefault: true });
    const hr = { ...a, actor: { type: "user" as const, id: a.actor.id, role: "hr" as const } };
    await expect(updateRetentionSettings(hr, { retentionYears: "5" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "forbidden",
    );
    await expect(updateRetentionSettings(a, { retentionYears: "11" })).rejects.toSatisfy(
      (e) =>
        e instanceof AppError &&
        e.code === "invalid_input" &&
        e.issues[0]?.field === "retentionYears" &&
        e.issues[0]?.rule === "invalid_choice",
    );
    expect(await getRetentionSettings(a)).toEqual({ retentionYears: 3, isDefault: true });
    expect(await getRetentionSettings(b)).toEqual({ retentionYears: 1, isDefault: false });
    const [audit] =
      await owner`select data from audit_log where company_id = ${b.companyId} and action = 'company.retention_updated'`;
    expect(audit?.data).toEqual({ from: 3, to: 1 });
  });
});

describe("the daily retention purge", () => {
  it("is registered as a daily sweep", () => {
    expect(SWEEPS.map((s) => s.name)).toContain("retention-purge");
  });

  it("deletes exactly the people past their company's period, with every row and file about them", async () => {
    const gone = ids["ENDED ONE DAY TOO LONG AGO"] ?? "";
    const kept = ids["ENDED EXACTLY THREE YEARS AGO"] ?? "";
    expect(Object.values(await rowsAbout(gone)).every((n) => n >= 1)).toBe(true);
    const result = await unsafePurgeSeparatedEmployees(TODAY);
    expect(result.failedCompanies).toBe(0);
    const remaining =
      await owner`select name_on_card from employees where company_id in ${owner([a.companyId, b.companyId])} order by name_on_card`;
    expect(remaining.map((r) => r.name_on_card)).toEqual([
      "B ENDED A YEAR AGO TODAY",
      "ENDED EXACTLY THREE YEARS AGO",
      "ENDED LAST YEAR",
      "STILL EMPLOYED",
    ]);
    expect(Object.values(await rowsAbout(gone)).every((n) => n === 0)).toBe(true);
    expect(Object.values(await rowsAbout(kept)).every((n) => n >= 1)).toBe(true);
    // The check screenshot had no employee id: it went too. And the files are off the disk.
    expect(
      (await owner`select count(*)::int as n from uploads where company_id = ${a.companyId}`)[0]?.n,
    ).toBe(2);
    expect(files.map((f) => fs.existsSync(f))).toEqual([false, false, true, true]);
  });

  it("writes one audit entry per person, with ids and counts only, and the chain still verifies", async () => {
    const entries =
      await owner`select actor_type, entity_id, data from audit_log where action = 'employee.purged' and company_id in ${owner([a.companyId, b.companyId])} order by id`;
    expect(entries.map((e) => e.entity_id).sort()).toEqual(
      [ids["ENDED ONE DAY TOO LONG AGO"], ids["B ENDED OVER A YEAR AGO"]].sort(),
    );
    const ofA = entries.find((e) => e.entity_id === ids["ENDED ONE DAY TOO LONG AGO"]);
    expect(ofA?.actor_type).toBe("system");
    // Counts per table (duty sync adds its own duties and reminders on top of the rows written above).
    expect(ofA?.data.retentionYears).toBe(3);
    expect(Object.keys(ofA?.data.counts ?? {}).sort()).toEqual([...EMPLOYEE_TABLES, "uploads"].sort());
    expect(Object.values(ofA?.data.counts ?? {}).every((n) => typeof n === "number" && n >= 1)).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/ENDED|NGUYEN|グエン|@example/);
    const report = await unsafeVerifyAuditChains(owner);
    expect(report.breaks.filter((x) => x.companyId === a.companyId || x.companyId === b.companyId)).toEqual(
      [],
    );
  });

  it("running again the same day purges nothing more; the next day takes the one whose period just ended", async () => {
    expect(await unsafePurgeSeparatedEmployees(TODAY)).toEqual({
      employees: 0,
      files: 0,
      failedCompanies: 0,
    });
    const next = await unsafePurgeSeparatedEmployees("2026-04-12");
    expect(next.employees).toBeGreaterThanOrEqual(2);
    const left =
      await owner`select name_on_card from employees where company_id in ${owner([a.companyId, b.companyId])} order by name_on_card`;
    expect(left.map((r) => r.name_on_card)).toEqual(["ENDED LAST YEAR", "STILL EMPLOYED"]);
  });
});
