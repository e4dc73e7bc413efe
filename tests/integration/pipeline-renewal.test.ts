import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEmployeePipeline } from "@/lib/services/pipeline/get-employee-pipeline";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { mailTo, sweepAndSend } from "../helpers/pipeline";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(() => owner.end());
beforeAll(async () => {
  a = await makeCompany("更新テスト株式会社");
});

describe("a period-of-stay renewal, applied then decided", () => {
  it("the application ends the renewal duty and opens the special period; the decision's new card starts the next renewal", async () => {
    const { id } = await makeEmployee(a, {}, { periodOfStayExpiresOn: "2027-09-30" });
    const renewal = async () =>
      owner`select status, due_date::text as due from duties where employee_id = ${id} and code = 'period_of_stay_renewal' order by due_date`;
    expect((await renewal()).map((d) => [d.status, d.due])).toEqual([["open", "2027-09-30"]]);

    await recordEvent(
      a,
      id,
      { type: "renewal_applied", date: "2027-08-01", channel: "online" },
      { today: "2027-08-01" },
    );
    expect((await renewal()).map((d) => [d.status, d.due])).toEqual([["cancelled", "2027-09-30"]]);
    const [pending] =
      await owner`select count(*)::int as n from notifications n join duties d on d.id = n.duty_id where d.employee_id = ${id} and d.code = 'period_of_stay_renewal' and n.status = 'pending'`;
    expect(pending?.n).toBe(0);

    // After expiry with a timely application: the special period (art. 20(6)), at most 2 months → 2027-11-30.
    const during = await getEmployeePipeline(a, id, { today: "2027-10-05" });
    expect(during.work).toMatchObject({ state: "special_period", until: "2027-11-30" });

    await recordEvent(
      a,
      id,
      {
        type: "renewal_decided",
        date: "2027-10-20",
        card: {
          statusCode: "engineer_specialist",
          periodOfStayExpiresOn: "2030-10-31",
          cardNumber: "AB98765432CD",
        },
      },
      { today: "2027-10-20" },
    );
    expect((await renewal()).map((d) => [d.status, d.due])).toEqual([
      ["cancelled", "2027-09-30"],
      ["open", "2030-10-31"],
    ]);
    const cards =
      await owner`select period_of_stay_expires_on::text as exp, renewal_decided_on::text as decided, superseded_at is not null as old from card_records where employee_id = ${id} order by created_at`;
    expect(cards.map((c) => [c.exp, c.decided, c.old])).toEqual([
      ["2027-09-30", "2027-10-20", true],
      ["2030-10-31", null, false],
    ]);
    const after = await getEmployeePipeline(a, id, { today: "2027-10-21" });
    expect(after.work).toMatchObject({ state: "authorized", until: "2030-10-31" });
  });

  it("expired with no application on record: a red alert to HR every day, once a day", async () => {
    const { id } = await makeEmployee(
      a,
      { nameOnCard: "EXPIRED PERSON" },
      { periodOfStayExpiresOn: "2027-09-30" },
    );
    const mine = (row: { companyId: string }) => row.companyId === a.companyId;
    for (const day of ["2027-10-01", "2027-10-01", "2027-10-02"]) await sweepAndSend(day, { only: mine });
    const alerts = (await mailTo(a.email)).filter(
      (m) => m.subject?.includes("在留期間満了・申請記録なし") && m.subject.includes("EXPIRED PERSON"),
    );
    expect(alerts).toHaveLength(2);
    expect(alerts[0]?.subject).toContain("Period of stay expired, no application on record");
    const rows =
      await owner`select send_on::text as s from notifications where employee_id = ${id} and kind = 'expired' and status = 'sent' order by send_on`;
    expect(rows.map((r) => r.s)).toEqual(["2027-10-01", "2027-10-02"]);
  });
});

describe("history is kept", () => {
  it("a duty already closed is not touched when its event is deleted", async () => {
    const { deleteEvent } = await import("@/lib/services/pipeline/delete-event");
    const { id } = await makeEmployee(
      a,
      {},
      { statusCode: "spouse_of_japanese", holderRole: "spouse", periodOfStayExpiresOn: "2030-09-30" },
    );
    const event = await recordEvent(a, id, { type: "divorced", date: "2027-07-01" }, { today: "2027-07-01" });
    const [duty] =
      await owner`update duties set status = 'closed', closed_at = now() where employee_id = ${id} and code = 'isa_spouse_notification' returning id`;
    expect(duty?.id).toBeTruthy();
    await deleteEvent(a, event.id, { today: "2027-07-05" });
    const [after] = await owner`select status, due_date::text as due from duties where id = ${duty?.id}`;
    expect([after?.status, after?.due]).toEqual(["closed", "2027-07-15"]);
  });
});
