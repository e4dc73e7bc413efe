import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { sweepAndSend } from "../helpers/pipeline";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(() => owner.end());
beforeAll(async () => {
  a = await makeCompany("ウェブフック株式会社");
  await owner`
    insert into webhook_endpoints (company_id, url, secret_encrypted, events)
    values (${a.companyId}, 'https://hooks.example.test/zairyu', 'not-used-here',
      ${["duty.created", "duty.due_soon", "duty.overdue", "employee.work_authorization_changed"]})`;
});
const mine = (row: { companyId: string }) => row.companyId === a.companyId;
const deliveries = (type: string) =>
  owner`select event_key, payload from webhook_deliveries where company_id = ${a.companyId} and event_type = ${type} order by created_at`;

describe("webhook events from the pipeline (written in the same transaction; delivered by the API's worker)", () => {
  it("duty.created once per new duty, with ids and no personal data", async () => {
    const { id } = await makeEmployee(a, {}, { periodOfStayExpiresOn: "2030-09-30" });
    const before = (await deliveries("duty.created")).length;
    await recordEvent(a, id, { type: "moved_house", date: "2027-07-01" }, { today: "2027-07-01" });
    const created = (await deliveries("duty.created")).slice(before);
    expect(created).toHaveLength(1);
    const body = created[0]?.payload as { type: string; companyId: string; data: Record<string, unknown> };
    expect(body.type).toBe("duty.created");
    expect(body.companyId).toBe(a.companyId);
    expect(Object.keys(body.data).sort()).toEqual(["code", "dueDate", "dutyId", "employeeId", "rule"]);
    expect(body.data.dueDate).toBe("2027-07-15");
    expect(JSON.stringify(body)).not.toContain("NGUYEN");
  });

  it("duty.due_soon and duty.overdue once per duty, however often the sweep runs", async () => {
    const [duty] =
      await owner`select d.id from duties d where d.company_id = ${a.companyId} and d.code = 'address_notification'`;
    for (const day of ["2027-07-09", "2027-07-10", "2027-07-16", "2027-07-19", "2027-07-19"])
      await sweepAndSend(day, { only: mine });
    const soon = (await deliveries("duty.due_soon")).filter(
      (d) => d.event_key === `duty.due_soon:${duty?.id}`,
    );
    const overdue = (await deliveries("duty.overdue")).filter(
      (d) => d.event_key === `duty.overdue:${duty?.id}`,
    );
    expect([soon.length, overdue.length]).toEqual([1, 1]);
  });

  it("employee.work_authorization_changed when the period of stay runs out, once", async () => {
    const { id } = await makeEmployee(a, {}, { periodOfStayExpiresOn: "2027-08-31" });
    const [stored] =
      await owner`select work_state, work_until::text as until from employees where id = ${id}`;
    expect([stored?.work_state, stored?.until]).toEqual(["authorized", "2027-08-31"]);
    await sweepAndSend("2027-09-01", { only: mine });
    await sweepAndSend("2027-09-02", { only: mine });
    const changes = (await deliveries("employee.work_authorization_changed")).filter(
      (d) => (d.payload as { data: { employeeId: string } }).data.employeeId === id,
    );
    expect(changes).toHaveLength(1);
    expect((changes[0]?.payload as { data: Record<string, unknown> } | undefined)?.data).toMatchObject({
      previousState: "authorized",
      state: "not_authorized",
      asOf: "2027-09-01",
    });
    const [after] = await owner`select work_state from employees where id = ${id}`;
    expect(after?.work_state).toBe("not_authorized");
  });
});
