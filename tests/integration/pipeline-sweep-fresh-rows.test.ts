import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import type { DueRow } from "@/lib/services/pipeline/sweep/due-rows";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { mailTo, sweepAndSend } from "../helpers/pipeline";

// The sweep writes the day's alerts in the same statement that selects the due rows (their rows come from
// RETURNING, not read back): they must still take part in "only the latest per duty and recipient".
const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(() => owner.end());
beforeAll(async () => {
  a = await makeCompany("当日行テスト株式会社");
});
const mine = (row: { companyId: string }) => row.companyId === a.companyId;
const lostCard = async () => {
  const email = `emp-${crypto.randomUUID()}@example.test`;
  const { id } = await makeEmployee(
    a,
    { email, preferredLanguage: "en" },
    { periodOfStayExpiresOn: "2030-09-30" },
  );
  // Card lost Fri 2027-10-01: 14 days → due Fri 2027-10-15; Mon 10-18 is an open day, 3 days late.
  await recordEvent(a, id, { type: "card_lost", date: "2027-10-01" }, { today: "2027-10-01" });
  const [duty] = await owner`select id from duties where employee_id = ${id} and code = 'card_reissue'`;
  return { id, email, dutyId: String(duty?.id) };
};

describe("the day's overdue alerts and the reminders still pending", () => {
  it("a worker down through the due date: on restart the overdue alert alone goes out, the missed steps are superseded", async () => {
    const e = await lostCard();
    await sweepAndSend("2027-10-01", { only: mine });
    const before = (await mailTo(e.email)).length;
    // Down from 10-02 to 10-17: the 7-day, 2-day and due-day steps are pending when it comes back.
    await sweepAndSend("2027-10-18", { only: mine });
    const subjects = (await mailTo(e.email)).slice(before).map((m) => m.subject ?? "");
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatch(/overdue/i);
    const steps =
      await owner`select recipient_type, status, last_error from notifications where duty_id = ${e.dutyId} and kind = 'before' and send_on > '2027-10-01' order by send_on, recipient_type`;
    expect(steps.length).toBeGreaterThan(0);
    expect(
      steps.every((r) => r.status === "cancelled" && r.last_error === "superseded by a later reminder"),
    ).toBe(true);
  });

  it("an alert written this morning that is outranked is set aside too, not left pending", async () => {
    const e = await lostCard();
    // A reminder of the same duty and recipient, due today, whose key sorts after today's overdue key.
    const [later] = await owner`
      insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
      values (${a.companyId}, ${e.dutyId}, ${e.id}, 'hr', 'before', '2027-10-18', ${`d:${e.dutyId}:zz:hr`})
      returning id`;
    const enqueued: DueRow[] = [];
    await runNotificationSweep({ today: "2027-10-18", enqueue: async (rows) => void enqueued.push(...rows) });
    const [alert] =
      await owner`select id, status, last_error from notifications where duty_id = ${e.dutyId} and kind = 'overdue' and recipient_type = 'hr'`;
    expect([alert?.status, alert?.last_error]).toEqual(["cancelled", "superseded by a later reminder"]);
    const ids = enqueued.filter(mine).map((r) => r.id);
    expect(ids).toContain(later?.id);
    expect(ids).not.toContain(alert?.id);
  });
});
