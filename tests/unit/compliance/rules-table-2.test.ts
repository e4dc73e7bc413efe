/** RULES.md "Test scenarios" rows 22–38 (rows 1–21: rules-table.test.ts; 39–52: rules-table-3.test.ts). */
import { describe, expect, it } from "vitest";
import { codes, due, dutyOf, person, run } from "./case-builder";

const ended = (date: string) => ({ type: "employment_ended" as const, date });
const started = (date: string) => ({ type: "employment_started" as const, date });
const student = (over = {}) =>
  person("student", {
    extraActivityPermission: "comprehensive",
    employmentInsurance: false,
    periodOfStayExpiresOn: "2027-09-30",
    ...over,
  });

describe("RULES.md rows 22–24: students and dependents", () => {
  it("22 留学 graduates 2027-03-15", () => {
    const r = run("2027-03-16", student(), [{ type: "graduated", date: "2027-03-15" }, ended("2027-03-15")]);
    expect(due(dutyOf(r, "isa_activity_org_notification", "graduated"))).toEqual([
      "2027-03-29",
      "2027-03-29",
    ]); // + 14 (Mon)
    expect(due(dutyOf(r, "hw_employment_report"))).toEqual(["2027-04-30", "2027-04-30"]); // end of next month (Fri)
    expect(r.work.state).toBe("not_authorized");
  });
  it("23 留学 part-time hire 2026-10-01, not insured", () => {
    const r = run("2026-10-01", student(), [started("2026-10-01")]);
    expect(due(dutyOf(r, "hw_employment_report"))).toEqual(["2026-11-30", "2026-11-30"]); // end of November (Mon)
    expect(codes(r)).not.toContain("isa_activity_org_notification/employment_started");
  });
  it("24 家族滞在 part-time hire 2027-01-05, not insured", () => {
    const r = run(
      "2027-01-05",
      person("dependent", { employmentInsurance: false, extraActivityPermission: "comprehensive" }),
      [started("2027-01-05")],
    );
    const hw = dutyOf(r, "hw_employment_report");
    expect(due(hw)).toEqual(["2027-02-28", "2027-02-28"]); // Sunday, strict
    expect(hw.informationalRolledDate).toBe("2027-03-01");
  });
});

describe("RULES.md rows 25–32: renewal, special period, overstay", () => {
  it("25 expiry 2026-11-30: window about 2026-08-30, last open day 11-30 (Mon)", () => {
    const r = run("2026-08-01", person("engineer_specialist", { periodOfStayExpiresOn: "2026-11-30" }));
    expect(r.renewal).toEqual({
      expiresOn: "2026-11-30",
      windowOpensOn: "2026-08-30",
      lastOpenDayOnOrBefore: "2026-11-30",
    });
  });
  it("26 expiry 2027-05-31: window clamps to 2027-02-28", () => {
    const r = run("2027-01-10", person("engineer_specialist", { periodOfStayExpiresOn: "2027-05-31" }));
    expect(r.renewal?.windowOpensOn).toBe("2027-02-28");
  });
  it("27 expiry 2026-06-30, filed 06-25, pending: special period to 2026-08-31", () => {
    const r = run(
      "2026-07-15",
      person("engineer_specialist", { periodOfStayExpiresOn: "2026-06-30", renewalAppliedOn: "2026-06-25" }),
    );
    expect(r.work).toMatchObject({ state: "special_period", until: "2026-08-31" }); // starts 07-01 → end of August
    expect(codes(r)).toEqual([]);
  });
  it("28 技能 expiry 2026-12-31, filed 12-25: special period to 2027-02-28", () => {
    const r = run(
      "2027-02-28",
      person("skilled_labor", { periodOfStayExpiresOn: "2026-12-31", renewalAppliedOn: "2026-12-25" }),
    );
    expect(r.work).toMatchObject({ state: "special_period", until: "2027-02-28" });
  });
  it("29 特定技能1号 expiry 2028-02-29, filed before: special period to 2028-04-30", () => {
    const r = run(
      "2028-03-10",
      person("ssw_1", { periodOfStayExpiresOn: "2028-02-29", renewalAppliedOn: "2028-02-20" }),
    );
    expect(r.work).toMatchObject({ state: "special_period", until: "2028-04-30" });
  });
  it("30 expiry 2026-10-09, filed 10-13: late, overstay since 10-10", () => {
    const r = run(
      "2026-10-14",
      person("engineer_specialist", { periodOfStayExpiresOn: "2026-10-09", renewalAppliedOn: "2026-10-13" }),
    );
    expect(r.work.state).toBe("not_authorized");
    expect(r.advisories.find((a) => a.code === "overstay")).toMatchObject({
      severity: "critical",
      date: "2026-10-10",
    });
    expect(dutyOf(r, "period_of_stay_renewal").dueDate).toBe("2026-10-09"); // never extended
  });
  it("31 教授 expiry 2026-05-04 (holiday), not filed on 05-01", () => {
    const r = run("2026-05-01", person("professor", { periodOfStayExpiresOn: "2026-05-04" }));
    const d = dutyOf(r, "period_of_stay_renewal");
    expect(due(d)).toEqual(["2026-05-04", "2026-05-04"]);
    expect(d.lastOpenDayOnOrBefore).toBe("2026-05-01"); // Fri; 05-02…05-06 closed
    expect(r.advisories.map((a) => a.code)).toContain("expiry_on_closed_day");
  });
  it("32 expiry 2026-12-31, not filed on 12-25: last open day 12-28", () => {
    const r = run("2026-12-25", person("engineer_specialist", { periodOfStayExpiresOn: "2026-12-31" }));
    expect(r.renewal?.lastOpenDayOnOrBefore).toBe("2026-12-28"); // next-open-day 2027-01-04 is not relied on
  });
});

describe("RULES.md rows 33–38: personal events and 特定技能", () => {
  it("33 child born 2026-04-10", () => {
    const d = dutyOf(
      run("2026-04-11", person("engineer_specialist"), [{ type: "child_born", date: "2026-04-10" }]),
      "child_status_acquisition",
    );
    expect(due(d)).toEqual(["2026-05-10", "2026-05-11"]); // + 30 = Sun → Mon
    expect(d.stayLimitDate).toBe("2026-06-09"); // + 60, no roll
  });
  it("34 card lost, learned 2026-07-07", () => {
    const r = run("2026-07-08", person("engineer_specialist"), [{ type: "card_lost", date: "2026-07-07" }]);
    expect(due(dutyOf(r, "card_reissue"))).toEqual(["2026-07-21", "2026-07-21"]); // 07-20 inside the period is irrelevant
  });
  it("35 loss learned abroad, re-entered 2027-01-02", () => {
    const r = run("2027-01-04", person("engineer_specialist"), [
      { type: "reentered_japan", date: "2027-01-02" },
    ]);
    expect(due(dutyOf(r, "card_reissue"))).toEqual(["2027-01-16", "2027-01-18"]); // Sat → Mon
  });
  it("36 技人国 acquires Japanese nationality 2026-09-01", () => {
    const r = run("2026-09-02", person("engineer_specialist"), [{ type: "naturalized", date: "2026-09-01" }]);
    expect(codes(r)).toEqual(["card_return/naturalized"]);
    expect(dutyOf(r, "card_return").dueDate).toBe("2026-09-15"); // + 14 (Tue)
  });
  it("37 moves house Saturday 2026-03-28", () => {
    const r = run("2026-03-30", person("engineer_specialist"), [{ type: "moved_house", date: "2026-03-28" }]);
    expect(due(dutyOf(r, "address_notification"))).toEqual(["2026-04-11", "2026-04-13"]); // Sat → Mon
  });
  it("38 特定技能1号 contract ends 2026-06-15", () => {
    const r = run("2026-06-16", person("ssw_1"), [ended("2026-06-15")]);
    expect(dutyOf(r, "ssw_adhoc_report")).toMatchObject({ owner: "employer", dueDate: "2026-06-29" }); // + 14 (Mon)
    expect(dutyOf(r, "isa_contract_org_notification").dueDate).toBe("2026-06-29");
    const hw = dutyOf(r, "hw_employment_report");
    expect([hw.dueDate, hw.strictReading?.dueDate]).toEqual(["2026-06-25", "2026-06-26"]); // + 10 / + 11
  });
});
