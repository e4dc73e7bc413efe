/** RULES.md "Test scenarios" rows 39–52 (rows 1–21: rules-table.test.ts; 22–38: rules-table-2.test.ts). */
import { describe, expect, it } from "vitest";
import { deemedReentryReturnBy, reentryPlan, sswAnnualReportWindow } from "@/lib/compliance";
import { codes, dutyOf, person, run } from "./case-builder";

const ended = (date: string) => ({ type: "employment_ended" as const, date });
const started = (date: string) => ({ type: "employment_started" as const, date });
const student = (over = {}) =>
  person("student", {
    extraActivityPermission: "comprehensive",
    employmentInsurance: false,
    periodOfStayExpiresOn: "2027-09-30",
    ...over,
  });

describe("RULES.md rows 39–52", () => {
  it("39 特定技能 annual report for FY2025 and FY2026", () => {
    expect(sswAnnualReportWindow(2025)).toMatchObject({
      opensOn: "2026-04-01",
      closesOn: "2026-05-31",
      remindBy: "2026-05-29",
      informationalRolledDate: "2026-06-01",
      toConfirm: true,
    }); // 05-31 is a Sunday: remind by Fri 05-29
    expect(sswAnnualReportWindow(2026)).toMatchObject({
      closesOn: "2027-05-31",
      remindBy: "2027-05-31",
      toConfirm: false,
    }); // Mon
  });
  it("40 経営・管理 director (not a worker) appointed 2026-06-26", () => {
    const r = run("2026-06-26", person("business_manager", { isWorker: false, employmentInsurance: false }), [
      started("2026-06-26"),
    ]);
    expect(dutyOf(r, "isa_activity_org_notification").dueDate).toBe("2026-07-10"); // + 14 (Fri)
    expect(dutyOf(r, "isa_org_acceptance_notice")).toMatchObject({
      dueDate: "2026-07-10",
      bestEffort: true,
      owner: "employer",
    });
    expect(codes(r)).not.toContain("hw_employment_report/employment_started");
  });
  it("41 技人国 employer merged and renamed 2026-10-01", () => {
    const r = run("2026-10-01", person("engineer_specialist"), [
      { type: "org_name_changed", date: "2026-10-01" },
    ]);
    expect(dutyOf(r, "isa_contract_org_notification").dueDate).toBe("2026-10-15"); // Thu
  });
  it("42 定住者 resigns 2026-10-30", () => {
    const r = run("2026-10-30", person("long_term_resident"), [ended("2026-10-30")]);
    const hw = dutyOf(r, "hw_employment_report");
    expect([hw.dueDate, hw.strictReading?.dueDate]).toEqual(["2026-11-09", "2026-11-10"]); // Mon / Tue
    expect(codes(r).some((c) => c.startsWith("isa_"))).toBe(false);
  });
  it("43 短期滞在 cannot be hired", () => {
    const r = run("2026-05-01", person("temporary_visitor", { periodOfStayExpiresOn: "2026-07-01" }));
    expect(r.work.state).toBe("not_authorized");
    expect(r.advisories.map((a) => a.code)).toContain("do_not_hire");
  });
  it("44 特定活動: only what the 指定書 designates, no 19-16", () => {
    const r = run("2026-05-01", person("designated_activities"), [started("2026-05-01")]);
    expect(r.work).toMatchObject({ state: "check_designation", limits: ["designated_activities_only"] });
    expect(codes(r).some((c) => c.startsWith("isa_"))).toBe(false);
  });
  it("45 技人国 hired 2026-12-01", () => {
    const hw = dutyOf(
      run("2026-12-01", person("engineer_specialist"), [started("2026-12-01")]),
      "hw_employment_report",
    );
    expect([hw.dueDate, hw.informationalRolledDate]).toEqual(["2027-01-10", "2027-01-12"]); // Sun; 01-11 成人の日
  });
  it("46 not insured, separation 2026-11-15", () => {
    const hw = dutyOf(
      run("2026-11-15", person("engineer_specialist", { employmentInsurance: false }), [ended("2026-11-15")]),
      "hw_employment_report",
    );
    expect([hw.dueDate, hw.informationalRolledDate]).toEqual(["2026-12-31", "2027-01-04"]); // closure: info roll only
  });
  it("47 insured, last day 2026-12-25", () => {
    const hw = dutyOf(
      run("2026-12-25", person("engineer_specialist"), [ended("2026-12-25")]),
      "hw_employment_report",
    );
    expect([hw.dueDate, hw.strictReading?.dueDate]).toEqual(["2027-01-04", "2027-01-05"]); // + 10 = Mon 01-04
  });
  it("48 永住者 aged 30, card expires 2027-06-15", () => {
    const r = run(
      "2027-04-01",
      person("permanent_resident", { dateOfBirth: "1996-05-01", cardExpiresOn: "2027-06-15" }),
    );
    const d = dutyOf(r, "card_validity_renewal");
    expect([d.windowOpensOn, d.dueDate]).toEqual(["2027-04-15", "2027-06-15"]); // 2 months before → expiry
    expect(r.renewal).toBeNull(); // not a status renewal
  });
  it("49 技人国 leaves 2026-06-01 on a deemed permit, stay ends 2027-03-31", () => {
    const input = {
      status: "engineer_specialist" as const,
      departedOn: "2026-06-01",
      periodOfStayExpiresOn: "2027-03-31",
    };
    expect(deemedReentryReturnBy(input)).toBe("2027-03-31"); // earlier than 2027-06-01 (1 year)
  });
  it("50 永住者 abroad 18 months from 2026-07-15", () => {
    const plan = reentryPlan({
      status: "permanent_resident",
      departedOn: "2026-07-15",
      periodOfStayExpiresOn: null,
      plannedReturnOn: "2028-01-15",
      cardExpiresOn: "2029-01-01",
    });
    expect(plan).toEqual({
      deemedReturnBy: "2027-07-15",
      deemedPermitSuffices: false,
      reentryPermitReturnBy: "2031-07-15",
      reentryPermitSuffices: true,
      cardValidOnReturn: true,
    });
  });
  it("51 留学 graduate, change filed 2027-01-20, undecided after expiry: no work", () => {
    const p = student({ periodOfStayExpiresOn: "2027-03-31", renewalAppliedOn: "2027-01-20" });
    const r = run("2027-04-01", p, [{ type: "graduated", date: "2027-03-15" }]);
    expect(r.work.state).toBe("not_authorized");
  });
  it("52 高度専門職2号 in ハ-type management leaves 2026-05-20", () => {
    const r = run("2026-05-21", person("hsp_2", { hsp2Activity: "ha" }), [ended("2026-05-20")]);
    expect(dutyOf(r, "isa_activity_org_notification").dueDate).toBe("2026-06-03"); // activity, not contract (Wed)
    expect(codes(r)).not.toContain("isa_contract_org_notification/employment_ended");
  });
});
