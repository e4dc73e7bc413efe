import { execFile } from "node:child_process";
import crypto from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptField, encryptField, keyIdOf } from "@/lib/crypto/field-encryption";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const run = promisify(execFile);
const owner = ownerSql();
const K0 = process.env.CARD_ENCRYPTION_KEY ?? "";
const K1 = crypto.randomBytes(32).toString("base64");
const CARD = "AB12345678CD";
const SECRET = "whsec_rotation_test_secret";
let employeeId = "";
let endpointId = "";
let submissionId = "";
let companyId = "";

async function rotate(
  keys: { current: string; old: string[] },
  ...args: string[]
): Promise<{ code: number; out: string }> {
  const env = {
    ...process.env,
    CARD_ENCRYPTION_KEY: keys.current,
    CARD_ENCRYPTION_KEYS_OLD: keys.old.join(","),
  };
  try {
    // Scoped to this file's company: other test files leave placeholder values that no key opens.
    const { stdout } = await run(
      "npx",
      ["tsx", "scripts/rotate-encryption-key.ts", "--company", companyId, ...args],
      { env },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

const stored = async () => {
  const [card] =
    await owner`select card_number_encrypted as v from card_records where employee_id = ${employeeId}`;
  const [hook] = await owner`select secret_encrypted as v from webhook_endpoints where id = ${endpointId}`;
  const [sub] =
    await owner`select data->>'cardNumberEncrypted' as v from card_submissions where id = ${submissionId}`;
  return [String(card?.v), String(hook?.v), String(sub?.v)];
};

beforeAll(async () => {
  const company = await makeCompany();
  companyId = company.companyId;
  employeeId = (await makeEmployee(company, {}, { cardNumber: CARD })).id;
  for (let i = 0; i < 4; i++) await makeEmployee(company, {}, { cardNumber: `CD8765432${i}EF` });
  const [hook] =
    await owner`insert into webhook_endpoints (company_id, url, secret_encrypted, events) values (${company.companyId}, 'https://hooks.example.test/z', ${encryptField(SECRET)}, ${["duty.created"]}) returning id`;
  endpointId = String(hook?.id);
  const [sub] =
    await owner`insert into card_submissions (company_id, employee_id, data) values (${company.companyId}, ${employeeId}, ${owner.json({ statusCode: "engineer_specialist", cardNumberEncrypted: encryptField(CARD) })}) returning id`;
  submissionId = String(sub?.id);
});
afterAll(async () => {
  await owner.end();
});

describe("scripts/rotate-encryption-key.ts", () => {
  it("re-encrypts every encrypted field under the new key, in batches, reporting counts", async () => {
    const before = await stored();
    const { code, out } = await rotate({ current: K1, old: [K0] }, "--batch", "2");
    expect(code).toBe(0);
    expect(out).toMatch(
      /card_records\.card_number_encrypted: (\d+) values, 0 already current, \1 re-encrypted, 0 unreadable/,
    );
    expect(out).toMatch(
      /webhook_endpoints\.secret_encrypted: \d+ values, 0 already current, [1-9]\d* re-encrypted, 0 unreadable/,
    );
    expect(out).toMatch(
      /card_submissions\.data\.cardNumberEncrypted: \d+ values, 0 already current, [1-9]\d* re-encrypted, 0 unreadable/,
    );
    const after = await stored();
    for (const [i, value] of after.entries()) {
      expect(value).not.toBe(before[i]);
      expect(keyIdOf(value)).not.toBe(keyIdOf(before[i] ?? ""));
      // This process holds only the old key: it can no longer open what was re-encrypted.
      expect(() => decryptField(value)).toThrow(/no key/);
    }
  });

  it("is idempotent, and the new key alone opens everything", async () => {
    const before = await stored();
    const { code, out } = await rotate({ current: K1, old: [] });
    expect(code).toBe(0);
    expect(out).toMatch(
      /card_records\.card_number_encrypted: (\d+) values, \1 already current, 0 re-encrypted, 0 unreadable/,
    );
    expect(await stored()).toEqual(before);
  });

  it("keeps the plaintext: rotated back to the old key, this process reads the original values", async () => {
    expect((await rotate({ current: K0, old: [K1] })).code).toBe(0);
    const [card, hook, sub] = await stored();
    expect(decryptField(card ?? "")).toBe(CARD);
    expect(decryptField(hook ?? "")).toBe(SECRET);
    expect(decryptField(sub ?? "")).toBe(CARD);
  });

  it("reports, by id, values no configured key opens, exits 1, and still rotates the rest", async () => {
    const lost = { id: "0badc0de", bytes: crypto.randomBytes(32) };
    const [row] =
      await owner`update card_records set card_number_encrypted = ${encryptField(CARD, lost)} where employee_id = ${employeeId} returning id`;
    try {
      const { code, out } = await rotate({ current: K1, old: [K0] });
      expect(code).toBe(1);
      expect(out).toMatch(
        /card_records\.card_number_encrypted: \d+ values, 0 already current, \d+ re-encrypted, 1 unreadable/,
      );
      expect(out).toContain(`unreadable row ids (no configured key opens them): ${row?.id}`);
      expect(out).not.toContain(CARD);
      const [, hook] = await stored();
      expect(() => decryptField(hook ?? "")).toThrow(/no key/);
    } finally {
      await owner`update card_records set card_number_encrypted = ${encryptField(CARD)} where employee_id = ${employeeId}`;
      expect((await rotate({ current: K0, old: [K1] })).code).toBe(0);
    }
  });
});
