/** RULES.md "Test scenarios" rows 22–52 (see rules-table.test.ts for rows 1–21). */
import { describe, expect, it } from "vitest";
import { deemedReentryReturnBy, reentryPlan, sswAnnualReportWindow } from "@/lib/compliance";
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
