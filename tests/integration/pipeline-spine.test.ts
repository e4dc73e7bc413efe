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
  a = await makeCompany("契約終了テスト株式会社");
});

const newAddress = () => `emp-${crypto.randomUUID()}@example.test`;

describe("a contract end, from the HR record to the employee's inbox", () => {
  it("stores the 19-16 duty with its rule and deadline, writes the ladder, and emails the employee the right date", async () => {
    const email = newAddress();
    const { id } = await makeEmployee(
      a,
      { email, preferredLanguage: "en", employmentStartedOn: "2024-04-01" },
      { periodOfStayExpiresOn: "2030-09-30" },
    );

    const { sync } = await recordEvent(
      a,
      id,
      { type: "employment_ended", date: "2027-03-31" },
      { today: "2027-04-01" },
    );
    expect(sync.created).toBe(2);

    const duties =
      await owner`select code, owner, due_date::text as due, rule, basis, event_id, status from duties where employee_id = ${id} and trigger = 'employment_ended' order by code`;
    // 19-16 (contract organisation): 14 days counted from the day after 2027-03-31 → Wed 2027-04-14.
    // Hello Work (insured separation): the 10th of the next month, Sat 2027-04-10 → Mon 2027-04-12.
    expect(duties.map((d) => [d.code, d.owner, d.due, d.rule, d.status])).toEqual([
      ["hw_employment_report", "employer", "2027-04-12", "hw-insured-separation@1", "open"],
      ["isa_contract_org_notification", "employee", "2027-04-14", "isa-19-16-contract@1", "open"],
    ]);
    expect(duties[1]?.basis).toContain("19条の16");
    expect(duties[1]?.event_id).not.toBeNull();

    const [employee] = await owner`select employment_ended_on::text as ended from employees where id = ${id}`;
    expect(employee?.ended).toBe("2027-03-31");

    const ladder = await owner`
      select n.recipient_type, n.kind, n.send_on::text as send_on, d.code from notifications n join duties d on d.id = n.duty_id
      where n.employee_id = ${id} and d.trigger = 'employment_ended' order by d.code, n.send_on, n.recipient_type`;
    expect(ladder.map((r) => `${r.code}:${r.recipient_type}:${r.kind}:${r.send_on}`)).toEqual([
      "hw_employment_report:hr:before:2027-04-05",
      "hw_employment_report:hr:before:2027-04-10",
      "hw_employment_report:hr:before:2027-04-12",
      "isa_contract_org_notification:employee:created:2027-04-01",
      "isa_contract_org_notification:employee:before:2027-04-07",
      "isa_contract_org_notification:employee:before:2027-04-12",
      "isa_contract_org_notification:employee:before:2027-04-14",
    ]);

    await sweepAndSend("2027-04-01", { only: (row) => row.companyId === a.companyId });
    const mails = await mailTo(email);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail?.subject).toBe(
      "Action needed: Notification about your employer (所属機関に関する届出, contract organisation)",
    );
    expect(mail?.text).toContain("Deadline: Wed 14 Apr 2027");
    expect(mail?.text).toContain(
      "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00015.html",
    );
    expect(mail?.text).toContain("Tokyo Regional Immigration Services Bureau");
    expect(mail?.text).toMatch(/\/e\/[A-Za-z0-9_-]{40,}/);
    expect(mail?.text).toContain("not legal advice");
    expect(mail?.html).toContain("Wed 14 Apr 2027");

    const [sent] =
      await owner`select status, message_id, attempts from notifications where employee_id = ${id} and kind = 'created'`;
    expect(sent?.status).toBe("sent");
    expect(sent?.message_id).toBeTruthy();
    expect(sent?.attempts).toBe(1);
  });

  it("an edited event date moves the open duty and its reminders; a deleted event cancels them", async () => {
    const { updateEvent } = await import("@/lib/services/pipeline/update-event");
    const { deleteEvent } = await import("@/lib/services/pipeline/delete-event");
    const { id } = await makeEmployee(
      a,
      { email: newAddress(), preferredLanguage: "vi" },
      { periodOfStayExpiresOn: "2030-09-30" },
    );
    const event = await recordEvent(
      a,
      id,
      { type: "moved_house", date: "2027-05-06" },
      { today: "2027-05-06" },
    );
    const [before] =
      await owner`select id, due_date::text as due from duties where employee_id = ${id} and code = 'address_notification'`;
    expect(before?.due).toBe("2027-05-20");

    await updateEvent(a, event.id, { date: "2027-05-10" }, { today: "2027-05-10" });
    const [after] =
      await owner`select id, due_date::text as due, status from duties where employee_id = ${id} and code = 'address_notification'`;
    expect(after?.id).toBe(before?.id);
    expect(after?.due).toBe("2027-05-24");
    const pending =
      await owner`select send_on::text as s from notifications where duty_id = ${after?.id} and status = 'pending' order by send_on`;
    expect(pending.map((r) => r.s)).toEqual(["2027-05-10", "2027-05-17", "2027-05-22", "2027-05-24"]);

    await deleteEvent(a, event.id, { today: "2027-05-11" });
    const [gone] = await owner`select status from duties where id = ${after?.id}`;
    expect(gone?.status).toBe("cancelled");
    const left =
      await owner`select count(*)::int as n from notifications where duty_id = ${after?.id} and status = 'pending'`;
    expect(left[0]?.n).toBe(0);
  });
});
