import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getEmployeeTimeline } from "@/lib/services/dashboard/employee-timeline";
import { listCardChecks, recordCardCheck } from "@/lib/services/data/card-checks";
import { recordCard } from "@/lib/services/record-card";
import type { InspectedFile } from "@/lib/storage/file-policy";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const TODAY = "2026-06-15";
const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
let engineer = "";
let sswWorker = "";
const ok = {
  checkedOn: "2026-06-10",
  originalSeen: true,
  lapseCheckDone: true,
  icChipRead: true,
  result: "ok",
};
// A 1×1 PNG, as the storage module checks files by content.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const screenshot: InspectedFile = { bytes: PNG, mimeType: "image/png", size: PNG.length };
const files = () =>
  fs.existsSync(path.join(getEnv().UPLOAD_DIR, a.companyId))
    ? fs.readdirSync(path.join(getEnv().UPLOAD_DIR, a.companyId))
    : [];

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  engineer = (await makeEmployee(a, { nameOnCard: "ENGINEER" })).id;
  sswWorker = (
    await makeEmployee(
      a,
      { nameOnCard: "SSW WORKER" },
      { statusCode: "ssw_1", periodOfStayExpiresOn: "2027-01-31" },
    )
  ).id;
});
afterAll(async () => {
  await owner.end();
});

const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;

describe("card verification log", () => {
  it("records a check with its screenshot against the current card; the next check waits for the next card", async () => {
    expect((await listCardChecks(a, engineer)).nextCheck.state).toBe("due_now");
    const { id } = await recordCardCheck(a, engineer, ok, TODAY, screenshot);
    const log = await listCardChecks(a, engineer);
    expect(log.checks.map((c) => [c.id, c.result, c.onCurrentCard, c.checkerName])).toEqual([
      [id, "ok", true, "Owner"],
    ]);
    expect(log.nextCheck).toEqual({ state: "at_next_card", expiresOn: "2027-09-30", lastOkOn: "2026-06-10" });
    const [upload] =
      await owner`select u.kind, u.mime_type, u.size from card_checks k join uploads u on u.id = k.upload_id where k.id = ${id}`;
    expect(upload).toMatchObject({ kind: "card_check", mime_type: "image/png", size: PNG.length });
    expect(files()).toHaveLength(1);
  });

  it("a renewal (a new card) makes the next check due at once; the old check stays in the log", async () => {
    await recordCard(a, engineer, { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2030-09-30" });
    const log = await listCardChecks(a, engineer);
    expect(log.nextCheck.state).toBe("due_now");
    expect(log.checks.map((c) => c.onCurrentCard)).toEqual([false]);
    expect((await getEmployeeTimeline(a, engineer, TODAY)).cardCheck.state).toBe("due_now");
  });

  it("refuses an OK result without the checks it rests on (field and rule), and keeps no file of a refused check", async () => {
    const before = files().length;
    const error = await recordCardCheck(
      a,
      sswWorker,
      { ...ok, lapseCheckDone: false, checkedOn: "2026-07-01" },
      TODAY,
      screenshot,
    ).catch((e: unknown) => e);
    expect(error instanceof AppError && error.issues.map((i) => [i.field, i.rule])).toEqual([
      ["checkedOn", "not_in_future"],
      ["lapseCheckDone", "ok_requires_lapse_check"],
      ["designationRead", "ok_requires_designation"],
    ]);
    expect(files().length).toBe(before);
    // A problem found is recorded as such, with nothing else required.
    await recordCardCheck(
      a,
      sswWorker,
      { checkedOn: "2026-06-14", result: "problem", note: "申請中の記載なし" },
      TODAY,
    );
    expect((await listCardChecks(a, sswWorker)).nextCheck.state).toBe("due_now");
  });

  it("a viewer cannot record; company B can neither read nor record on A's employee", async () => {
    await expect(
      recordCardCheck({ ...a, actor: { ...a.actor, role: "viewer" } }, engineer, ok, TODAY),
    ).rejects.toSatisfy(code("forbidden"));
    await expect(listCardChecks(b, engineer)).rejects.toSatisfy(code("not_found"));
    await expect(recordCardCheck(b, engineer, ok, TODAY, screenshot)).rejects.toSatisfy(code("not_found"));
    const [row] = await owner`select count(*)::int as n from card_checks where company_id = ${b.companyId}`;
    expect(row?.n).toBe(0);
  });
});
