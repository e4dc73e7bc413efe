import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import {
  getNotificationSettings,
  setDigestOptOut,
  updateLadders,
} from "@/lib/services/pipeline/notification-settings";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { mailTo, sweepAndSend } from "../helpers/pipeline";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(() => owner.end());
beforeAll(async () => {
  a = await makeCompany("設定テスト株式会社");
});
const mine = (row: { companyId: string }) => row.companyId === a.companyId;

describe("reminder ladders are per-company settings", () => {
  it("defaults until changed; a changed ladder applies to new duties", async () => {
    expect((await getNotificationSettings(a)).ladders).toEqual({
      employeeDaysBefore: [7, 2, 0],
      escalateAfterDays: 3,
      renewalDaysBefore: [120, 90, 60, 30, 14, 7, 1],
      employerDaysBefore: [7, 2, 0],
    });
    await updateLadders(a, {
      employeeDaysBefore: [3, 10],
      escalateAfterDays: 5,
      renewalDaysBefore: [60],
      employerDaysBefore: [1],
    });
    const { id } = await makeEmployee(
      a,
      { email: `e-${crypto.randomUUID()}@example.test` },
      { periodOfStayExpiresOn: "2030-09-30" },
    );
    // Moved Thu 2027-07-01 → due Thu 07-15: created now, then 10 and 3 days before.
    await recordEvent(a, id, { type: "moved_house", date: "2027-07-01" }, { today: "2027-07-01" });
    const rows =
      await owner`select kind, send_on::text as s from notifications n join duties d on d.id = n.duty_id where d.employee_id = ${id} and d.code = 'address_notification' order by send_on`;
    expect(rows.map((r) => `${r.kind}:${r.s}`)).toEqual([
      "created:2027-07-01",
      "before:2027-07-05",
      "before:2027-07-12",
    ]);
  });

  it("a malformed ladder names the field; HR staff cannot change it", async () => {
    const error = await updateLadders(a, {
      employeeDaysBefore: ["x"],
      escalateAfterDays: 3,
      renewalDaysBefore: [],
      employerDaysBefore: [],
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("invalid_input");
    expect((error as AppError).issues[0]?.field).toBe("employeeDaysBefore.0");
    expect((error as AppError).issues[0]?.message).toMatch(/^Employee duty reminders:/);
    const hr = { ...a, actor: { type: "user" as const, id: a.actor.id, role: "hr" as const } };
    await expect(
      updateLadders(hr, {
        employeeDaysBefore: [1],
        escalateAfterDays: 3,
        renewalDaysBefore: [],
        employerDaysBefore: [],
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the daily HR digest", () => {
  it("lists what is overdue, in the member's language; a member who opts out gets none from the next day", async () => {
    const { id } = await makeEmployee(
      a,
      { nameOnCard: "DIGEST PERSON" },
      { periodOfStayExpiresOn: "2030-09-30" },
    );
    await recordEvent(a, id, { type: "card_lost", date: "2027-10-01" }, { today: "2027-10-01" }); // due Fri 10-15
    await sweepAndSend("2027-10-18", { only: mine });
    const digests = (await mailTo(a.email)).filter((m) => m.subject?.includes("本日の手続き一覧"));
    expect(digests).toHaveLength(1);
    // The owner reads Japanese (users.locale); overdue: this card (due 10-15) and the move above (due 07-15).
    expect(digests[0]?.text).toContain("期限超過 (2)");
    expect(digests[0]?.text).toContain("DIGEST PERSON");

    await setDigestOptOut(a, true);
    expect((await getNotificationSettings(a)).digestOptOut).toBe(true);
    await sweepAndSend("2027-10-19", { only: mine });
    expect((await mailTo(a.email)).filter((m) => m.subject?.includes("本日の手続き一覧"))).toHaveLength(1);
    const [row] =
      await owner`select count(*)::int as n from notifications where company_id = ${a.companyId} and kind = 'digest' and send_on = '2027-10-19'`;
    expect(row?.n).toBe(0);
  });
});
