import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { addWorkplace } from "@/lib/services/company-profile";
import { helloWorkCsvRows, listHelloWorkReports } from "@/lib/services/data/hello-work";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
const APRIL = { from: "2026-04-01", to: "2026-04-30" };

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  const { id: workplaceId } = await addWorkplace(a, { name: "横浜工場", address: "神奈川県横浜市1-2-3" });
  const hired = await makeEmployee(
    a,
    { nameOnCard: "HIRED PERSON", workplaceId, employmentStartedOn: null },
    { cardNumber: "AB12345678CD", extraActivityPermission: "none" },
  );
  const left = await makeEmployee(
    a,
    { nameOnCard: "LEFT PERSON", employmentInsurance: false, sex: "F" },
    {
      statusCode: "student",
      extraActivityPermission: "comprehensive",
      cardNumber: "EF87654321GH",
      periodOfStayExpiresOn: "2027-03-31",
    },
  );
  // Dates from RULES R3 / scenario 2: an insured hire on 04-01 is due 05-10; an uninsured separation on 04-15 at the end of May.
  await recordEvent(
    a,
    hired.id,
    { type: "employment_started", date: "2026-04-01", contractConcludedOn: "2026-03-20" },
    { today: "2026-04-20" },
  );
  await recordEvent(a, left.id, { type: "employment_ended", date: "2026-04-15" }, { today: "2026-04-20" });
});
afterAll(async () => {
  await owner.end();
});

describe("Hello Work report helper", () => {
  it("lists each hire and separation with the form's fields filled in and the deadline", async () => {
    const { reports } = await listHelloWorkReports(a, APRIL);
    expect(reports.map((r) => [r.fields.nameOnCard, r.kind, r.route, r.eventDate, r.dueDate])).toEqual([
      ["HIRED PERSON", "hire", "insured_hire", "2026-04-01", "2026-05-10"],
      ["LEFT PERSON", "separation", "form_3", "2026-04-15", "2026-05-31"],
    ]);
    const hire = reports[0]?.fields;
    expect(hire).toMatchObject({
      cardNumber: "AB12345678CD",
      statusJa: "技術・人文知識・国際業務",
      nationalityJa: "ベトナム",
      workplaceName: "横浜工場",
      workplaceAddress: "神奈川県横浜市1-2-3",
      hasExtraActivityPermission: false,
    });
    expect(reports[1]?.fields).toMatchObject({
      sex: "F",
      hasExtraActivityPermission: true,
      workplaceName: "A社",
    });
  });

  it("opening it is audited (ids only), and a viewer sees only the last four characters", async () => {
    const [audit] =
      await owner`select data from audit_log where company_id = ${a.companyId} and action = 'hello_work.viewed' order by id desc limit 1`;
    expect(audit?.data).toMatchObject({ from: APRIL.from, to: APRIL.to, reports: 2 });
    expect(JSON.stringify(audit?.data)).not.toContain("AB12345678CD");
    const viewer = await listHelloWorkReports({ ...a, actor: { ...a.actor, role: "viewer" } }, APRIL);
    expect(viewer.reports[0]?.fields.cardNumber).toBe("********78CD");
  });

  it("gives a CSV row per report, in form order", async () => {
    const rows = helloWorkCsvRows((await listHelloWorkReports(a, APRIL)).reports);
    expect(rows[0]?.slice(0, 5)).toEqual([
      "区分",
      "届出様式",
      "期限",
      "法定期限 (厳格な解釈)",
      "氏名 (ローマ字)",
    ]);
    expect(rows[1]?.slice(0, 5)).toEqual([
      "雇入れ",
      "雇用保険被保険者資格取得届 (別様式に在留カード番号)",
      "2026/05/10",
      "",
      "HIRED PERSON",
    ]);
    expect(rows).toHaveLength(3);
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const error = await listHelloWorkReports(a, { from: "2026-05-01", to: "2026-04-01" }).catch(
      (e: unknown) => e,
    );
    expect(error instanceof AppError && error.issues.map((i) => [i.field, i.rule])).toEqual([
      ["to", "range_order"],
    ]);
  });

  it("company B sees none of A's reports", async () => {
    expect((await listHelloWorkReports(b, APRIL)).reports).toEqual([]);
  });
});
