import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { mailTo, sweepAndSend } from "../helpers/pipeline";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(() => owner.end());
beforeAll(async () => {
  a = await makeCompany("配信テスト株式会社");
});
const mine = (row: { companyId: string }) => row.companyId === a.companyId;
const employee = async (language = "en") => {
  const email = `emp-${crypto.randomUUID()}@example.test`;
  const { id } = await makeEmployee(
    a,
    { email, preferredLanguage: language },
    { periodOfStayExpiresOn: "2030-09-30" },
  );
  return { id, email };
};

describe("the sweep is idempotent", () => {
  it("running it twice on the same day sends nothing twice", async () => {
    const e = await employee();
    // Moved 2027-07-01 (Thu): 14 days → Thu 2027-07-15. Ladder: created 07-01, 07-08, 07-13, 07-15.
    await recordEvent(a, e.id, { type: "moved_house", date: "2027-07-01" }, { today: "2027-07-01" });
    await sweepAndSend("2027-07-01", { only: mine });
    await sweepAndSend("2027-07-01", { only: mine });
    expect((await mailTo(e.email)).map((m) => m.subject)).toEqual([
      "Action needed: Notification of your new address (住居地の届出)",
    ]);
    await sweepAndSend("2027-07-08", { only: mine });
    await sweepAndSend("2027-07-08", { only: mine });
    expect((await mailTo(e.email)).map((m) => m.subject)).toEqual([
      "Action needed: Notification of your new address (住居地の届出)",
      "7 days left: Notification of your new address (住居地の届出)",
    ]);
    const [sent] =
      await owner`select count(*)::int as n from notifications where employee_id = ${e.id} and status = 'sent'`;
    expect(sent?.n).toBe(2);
  });
});

describe("the worker stops for three days", () => {
  it("on restart each missed reminder reaches its recipient once, speaking for today", async () => {
    const one = await employee();
    const two = await employee();
    // one: moved Fri 2027-07-30 → due Fri 2027-08-13 (ladder 07-30, 08-06, 08-11, 08-13).
    // two: moved Tue 2027-08-03 → due Tue 2027-08-17 (ladder 08-03, 08-10, 08-15, 08-17).
    await recordEvent(a, one.id, { type: "moved_house", date: "2027-07-30" }, { today: "2027-07-30" });
    await recordEvent(a, two.id, { type: "moved_house", date: "2027-08-03" }, { today: "2027-08-03" });
    for (const day of ["2027-07-30", "2027-08-03", "2027-08-06", "2027-08-09"])
      await sweepAndSend(day, { only: mine });
    const before = { one: (await mailTo(one.email)).length, two: (await mailTo(two.email)).length };
    expect(before).toEqual({ one: 2, two: 1 });

    // Stopped on 08-10, 08-11 and 08-12: no sweep ran. Restarted on Fri 08-13.
    await sweepAndSend("2027-08-13", { only: mine });
    const oneNew = (await mailTo(one.email)).slice(before.one).map((m) => m.subject);
    const twoNew = (await mailTo(two.email)).slice(before.two).map((m) => m.subject);
    // one missed the 2-day step (08-11) and is due today: one email, "due today" (the stale step is superseded).
    expect(oneNew).toEqual(["Due today: Notification of your new address (住居地の届出)"]);
    // two missed the 7-day step (08-10): sent once, with the days left as of today (4).
    expect(twoNew).toEqual(["4 days left: Notification of your new address (住居地の届出)"]);
    const superseded =
      await owner`select send_on::text as s, last_error from notifications where employee_id = ${one.id} and status = 'cancelled' and kind = 'before'`;
    expect(superseded.map((r) => [r.s, r.last_error])).toEqual([
      ["2027-08-11", "superseded by a later reminder"],
    ]);

    // A second run the same day, and a restart loop, send nothing more.
    await sweepAndSend("2027-08-13", { only: mine });
    expect((await mailTo(one.email)).length).toBe(before.one + 1);
    expect((await mailTo(two.email)).length).toBe(before.two + 1);
  });

  it("overdue duties remind the employee and HR on open days, and the owner after three days", async () => {
    const e = await employee();
    // Card lost Fri 2027-10-01: 14 days → Fri 2027-10-15.
    await recordEvent(a, e.id, { type: "card_lost", date: "2027-10-01" }, { today: "2027-10-01" });
    const [duty] =
      await owner`select id, due_date::text as due from duties where employee_id = ${e.id} and code = 'card_reissue'`;
    expect(duty?.due).toBe("2027-10-15");
    // Fri 10-15 due; Mon 10-18 is overdue (3 days late); Fri 10-22 is 7 days late → owner too. Sat 10-16 is not an open day.
    const sat = await sweepAndSend("2027-10-16", { only: mine });
    expect(sat.result.overdue).toBe(0);
    await sweepAndSend("2027-10-18", { only: mine });
    const rows18 =
      await owner`select recipient_type, kind, status from notifications where duty_id = ${duty?.id} and send_on = '2027-10-18' order by recipient_type`;
    expect(rows18.map((r) => `${r.recipient_type}:${r.kind}:${r.status}`)).toEqual([
      "employee:overdue:sent",
      "hr:overdue:sent",
    ]);
    await sweepAndSend("2027-10-22", { only: mine });
    const rows22 =
      await owner`select recipient_type, kind from notifications where duty_id = ${duty?.id} and send_on = '2027-10-22' and status = 'sent' order by recipient_type`;
    expect(rows22.map((r) => `${r.recipient_type}:${r.kind}`)).toEqual([
      "employee:overdue",
      "hr:overdue",
      "owner:escalation",
    ]);
    const ownerMail = (await mailTo(a.email)).filter((m) =>
      m.subject?.includes("Escalation, overdue by 7 days"),
    );
    expect(ownerMail).toHaveLength(1);
  });
});
