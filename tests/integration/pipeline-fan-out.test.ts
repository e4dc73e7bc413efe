import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveEmployee } from "@/lib/services/archive-employee";
import { previewCompanyEvent } from "@/lib/services/pipeline/preview-company-event";
import { deleteCompanyEvent, recordCompanyEvent } from "@/lib/services/pipeline/record-company-event";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
afterAll(() => owner.end());

/**
 * A head-office move (2027-06-01) across 50 employees. Per RULES (19-16): contract-organisation statuses
 * (技術・人文知識・国際業務, 特定技能) owe a contract-organisation notice, activity-organisation statuses
 * (企業内転勤) an activity-organisation notice, both within 14 days → Tue 2027-06-15; statuses without a
 * designated organisation (永住者, 日本人の配偶者等, 定住者) owe nothing.
 */
const MIX = [
  { status: "engineer_specialist", count: 10, expected: "isa_contract_org_notification" },
  { status: "ssw_1", count: 10, expected: "isa_contract_org_notification" },
  { status: "intra_company_transferee", count: 10, expected: "isa_activity_org_notification" },
  { status: "permanent_resident", count: 10, expected: null },
  { status: "spouse_of_japanese", count: 5, expected: null },
  { status: "long_term_resident", count: 5, expected: null },
] as const;

let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
const expectedCode = new Map<string, string | null>();
let archivedId = "";
let leaverId = "";
let otherCompanyId = "";

beforeAll(async () => {
  a = await makeCompany("本店移転株式会社");
  b = await makeCompany("別会社");
  for (const group of MIX)
    for (let i = 0; i < group.count; i++) {
      const card =
        group.status === "permanent_resident"
          ? { statusCode: group.status, periodOfStayExpiresOn: null }
          : { statusCode: group.status, periodOfStayExpiresOn: "2030-09-30" };
      const { id } = await makeEmployee(
        a,
        { email: undefined, nameOnCard: `${group.status.toUpperCase()} ${i}` },
        card,
      );
      expectedCode.set(id, group.expected);
    }
  archivedId = (await makeEmployee(a, { email: undefined }, { statusCode: "engineer_specialist" })).id;
  await archiveEmployee(a, archivedId);
  leaverId = (await makeEmployee(a, { email: undefined }, { statusCode: "engineer_specialist" })).id;
  await recordEvent(a, leaverId, { type: "employment_ended", date: "2027-05-20" }, { today: "2027-05-20" });
  otherCompanyId = (await makeEmployee(b, { email: undefined }, { statusCode: "engineer_specialist" })).id;
}, 120_000);

describe("a head-office move fans out to every employee on the books, and the engine picks who owes what", () => {
  const move = { type: "org_address_changed", date: "2027-06-01", detail: "東京都港区芝浦1-1-1" };

  it("the preview shows exactly who would get which duty, and writes nothing", async () => {
    const preview = await previewCompanyEvent(a, move, { today: "2027-06-01" });
    expect(preview.total).toBe(50);
    for (const row of preview.rows)
      expect(row.duties.map((d) => d.code)).toEqual(
        expectedCode.get(row.employeeId) ? [expectedCode.get(row.employeeId)] : [],
      );
    const [count] =
      await owner`select count(*)::int as n from events where company_id = ${a.companyId} and type = 'org_address_changed'`;
    expect(count?.n).toBe(0);
  });

  it("recording it creates the right 19-16 duty for each of the 30 who need one and none for the 20 others", async () => {
    const result = await recordCompanyEvent(a, move, { today: "2027-06-01" });
    expect(result.employees).toBe(50);
    expect(result.sync.created).toBe(30);
    const duties =
      await owner`select employee_id, code, due_date::text as due from duties where company_id = ${a.companyId} and trigger = 'org_address_changed' and status = 'open'`;
    expect(duties).toHaveLength(30);
    for (const d of duties) {
      expect(d.code).toBe(expectedCode.get(d.employee_id));
      expect(d.due).toBe("2027-06-15");
    }
    const withDuty = new Set(duties.map((d) => d.employee_id));
    for (const [id, code] of expectedCode) expect(withDuty.has(id)).toBe(code !== null);
    for (const id of [archivedId, leaverId, otherCompanyId]) expect(withDuty.has(id)).toBe(false);
    const [otherEvents] =
      await owner`select count(*)::int as n from events where employee_id in (${archivedId}, ${leaverId}, ${otherCompanyId}) and type = 'org_address_changed'`;
    expect(otherEvents?.n).toBe(0);
  });

  it("company B can neither preview A's staff nor withdraw A's company event", async () => {
    const [event] = await owner`select id from company_events where company_id = ${a.companyId}`;
    expect(
      (await previewCompanyEvent(b, move, { today: "2027-06-01" })).rows.map((r) => r.employeeId),
    ).toEqual([otherCompanyId]);
    await expect(deleteCompanyEvent(b, event?.id, { today: "2027-06-02" })).rejects.toMatchObject({
      code: "not_found",
    });
    const [open] =
      await owner`select count(*)::int as n from duties where company_id = ${a.companyId} and trigger = 'org_address_changed' and status = 'open'`;
    expect(open?.n).toBe(30);
  });

  it("withdrawing it cancels the 30 duties and their pending reminders", async () => {
    const [event] = await owner`select id from company_events where company_id = ${a.companyId}`;
    await deleteCompanyEvent(a, event?.id, { today: "2027-06-02" });
    const rows =
      await owner`select status, count(*)::int as n from duties where company_id = ${a.companyId} and trigger = 'org_address_changed' group by status`;
    expect(rows.map((r) => [r.status, r.n])).toEqual([["cancelled", 30]]);
    const [pending] = await owner`
      select count(*)::int as n from notifications n join duties d on d.id = n.duty_id
      where d.company_id = ${a.companyId} and d.trigger = 'org_address_changed' and n.status = 'pending'`;
    expect(pending?.n).toBe(0);
  });
});
