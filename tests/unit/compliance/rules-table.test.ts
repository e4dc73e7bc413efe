/**
 * RULES.md "Test scenarios" rows 1–52, each through the engine or the helper it names, with the
 * arithmetic in a comment. Insured and a worker unless the row says otherwise.
 */
import { describe, expect, it } from "vitest";
import { checkWorkHours, maxHoursOn } from "@/lib/compliance";
import { codes, due, dutyOf, person, run } from "./case-builder";

const ended = (date: string) => ({ type: "employment_ended" as const, date });
const started = (date: string, contractConcludedOn?: string) => ({
  type: "employment_started" as const,
  date,
  contractConcludedOn,
});

describe("RULES.md rows 1–18: 19-16, Hello Work, closed days", () => {
  it("1 技人国 resigns 2026-03-31", () => {
    const r = run("2026-04-01", person("engineer_specialist"), [ended("2026-03-31")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-04-14", "2026-04-14"]); // 03-31 + 14 = 04-14 (Tue)
    const hw = dutyOf(r, "hw_employment_report");
    expect(due(hw)).toEqual(["2026-04-10", "2026-04-10"]); // last day + 10 = 04-10 (Fri)
    expect(hw.strictReading).toEqual({ nominalDueDate: "2026-04-11", dueDate: "2026-04-13" }); // + 11 = Sat → Mon
  });
  it("2 技人国 new contract signed and started 2026-04-01", () => {
    const r = run("2026-04-01", person("engineer_specialist"), [started("2026-04-01", "2026-04-01")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-04-15", "2026-04-15"]); // 04-01 + 14 (Wed)
    const hw = dutyOf(r, "hw_employment_report");
    expect(due(hw)).toEqual(["2026-05-10", "2026-05-10"]); // 10th of next month, a Sunday, not extended
    expect(hw.informationalRolledDate).toBe("2026-05-11");
    expect(hw.toConfirm).toBe(true);
  });
  it("3 技能 contract ends Saturday 2026-07-04", () => {
    const r = run("2026-07-05", person("skilled_labor"), [ended("2026-07-04")]);
    // 07-04 + 14 = 07-18 (Sat) → 07-19 (Sun) → 07-20 (海の日) → 07-21 (Tue)
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-07-18", "2026-07-21"]);
  });
  it("4 技人国 resigns Friday 2026-09-18 before the holiday run", () => {
    const r = run("2026-09-18", person("engineer_specialist"), [ended("2026-09-18")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-10-02", "2026-10-02"]); // holidays inside do not extend
    const hw = dutyOf(r, "hw_employment_report");
    expect(hw.dueDate).toBe("2026-09-28"); // 09-18 + 10 (Mon)
    expect(hw.strictReading?.dueDate).toBe("2026-09-29"); // + 11 (Tue)
  });
  it("5 研究 contract ends 2026-04-22 (Golden Week)", () => {
    const r = run("2026-04-23", person("researcher"), [ended("2026-04-22")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-05-06", "2026-05-07"]); // 05-06 substitute → 05-07
  });
  it("6 教育 leaves 2027-04-19", () => {
    const r = run("2027-04-20", person("instructor"), [ended("2027-04-19")]);
    // 04-19 + 14 = 05-03 (holiday) → 05-04, 05-05 holidays → 05-06 (Thu)
    expect(due(dutyOf(r, "isa_activity_org_notification"))).toEqual(["2027-05-03", "2027-05-06"]);
  });
  it("7 技人国 employer renamed 2026-12-17", () => {
    const r = run("2026-12-17", person("engineer_specialist"), [
      { type: "org_name_changed", date: "2026-12-17" },
    ]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2026-12-31", "2027-01-04"]); // closure → Mon
  });
  it("8 経営・管理 head office moves 2026-12-15", () => {
    const r = run("2026-12-15", person("business_manager"), [
      { type: "org_address_changed", date: "2026-12-15" },
    ]);
    expect(due(dutyOf(r, "isa_activity_org_notification"))).toEqual(["2026-12-29", "2027-01-04"]); // 12-29 closure → 01-04
  });
  it("9 介護 contract ends 2027-12-16", () => {
    const r = run("2027-12-16", person("nursing_care"), [ended("2027-12-16")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2027-12-30", "2028-01-04"]); // closure through 01-03
  });
  it("10 技能 new contract 2027-12-20", () => {
    const r = run("2027-12-20", person("skilled_labor"), [started("2027-12-20", "2027-12-20")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2028-01-03", "2028-01-04"]); // 01-03 closed → Tue
  });
  it("11 技人国 contract ends 2028-02-15 (leap year)", () => {
    const r = run("2028-02-15", person("engineer_specialist"), [ended("2028-02-15")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2028-02-29", "2028-02-29"]); // a real Tuesday
  });
  it("12 技人国 contract ends 2027-02-14 (common year)", () => {
    const r = run("2027-02-14", person("engineer_specialist"), [ended("2027-02-14")]);
    expect(due(dutyOf(r, "isa_contract_org_notification"))).toEqual(["2027-02-28", "2027-03-01"]); // Sun → Mon
  });
  it("13 永住者 resigns 2026-06-30: Hello Work only", () => {
    const r = run("2026-07-01", person("permanent_resident"), [ended("2026-06-30")]);
    expect(codes(r)).toEqual(["hw_employment_report/employment_ended"]);
    const hw = dutyOf(r, "hw_employment_report");
    expect(hw.dueDate).toBe("2026-07-10"); // + 10 (Fri)
    expect(hw.strictReading).toEqual({ nominalDueDate: "2026-07-11", dueDate: "2026-07-13" }); // Sat → Mon
  });
  it("14 special permanent resident hired: nothing to file", () => {
    const r = run("2026-04-01", person("special_permanent_resident"), [started("2026-04-01")]);
    expect(r.duties).toEqual([]);
    expect(r.advisories.map((a) => a.code)).toContain("special_permanent_resident");
  });
  it("15 日本人の配偶者等 (spouse) divorces 2026-08-20", () => {
    const r = run("2026-08-21", person("spouse_of_japanese", { holderRole: "spouse" }), [
      { type: "divorced", date: "2026-08-20" },
    ]);
    expect(due(dutyOf(r, "isa_spouse_notification"))).toEqual(["2026-09-03", "2026-09-03"]); // + 14 (Thu)
    expect(r.duties.some((d) => d.owner === "employer")).toBe(false);
    // 6-month risk: period from 08-21 ends the day before 2027-02-21
    expect(r.advisories.find((a) => a.code === "spouse_basis_lapse_risk")?.date).toBe("2027-02-20");
  });
  it("16 家族滞在 (spouse) part-timer divorces Sunday 2027-01-10", () => {
    const p = person("dependent", {
      holderRole: "spouse",
      extraActivityPermission: "comprehensive",
      employmentInsurance: false,
    });
    const r = run("2027-01-11", p, [{ type: "divorced", date: "2027-01-10" }]);
    expect(due(dutyOf(r, "isa_spouse_notification"))).toEqual(["2027-01-24", "2027-01-25"]); // Sun → Mon
    expect(r.advisories.find((a) => a.code === "spouse_basis_lapse_risk")?.date).toBe("2027-04-10"); // 3 months
  });
  it("17 永住者の配偶者等 spouse dies 2026-11-09", () => {
    const r = run("2026-11-10", person("spouse_of_pr", { holderRole: "spouse" }), [
      { type: "spouse_died", date: "2026-11-09" },
    ]);
    expect(due(dutyOf(r, "isa_spouse_notification"))).toEqual(["2026-11-23", "2026-11-24"]); // 勤労感謝の日 → Tue
  });
  it("18 日本人の配偶者等 child: parents divorce → no 19-16", () => {
    const r = run("2026-08-21", person("spouse_of_japanese", { holderRole: "child" }), [
      { type: "divorced", date: "2026-08-20" },
    ]);
    expect(codes(r)).toEqual(["period_of_stay_renewal/period_of_stay"]);
  });
});

describe("RULES.md rows 19–21: 資格外活動 hours", () => {
  it("19 留学 term time: 27 h in the calendar week but 29 h in 06-02…06-08", () => {
    const shifts = [
      { date: "2026-06-01", hours: 4 },
      ...["02", "03", "04", "05", "06"].map((d) => ({ date: `2026-06-${d}`, hours: 4 })),
      { date: "2026-06-07", hours: 3 },
      { date: "2026-06-08", hours: 6 },
    ]; // 06-02…06-07 = 4×5 + 3 = 23 h
    const check = checkWorkHours({ status: "student", shifts });
    expect(check.ok).toBe(false);
    expect(check.violations).toEqual([
      { kind: "weekly_28_hours", from: "2026-06-02", to: "2026-06-08", hours: 29, limit: 28 },
    ]);
    // 06-01…06-07 = 4 + 23 = 27 h: fine. Cap 06-08 at 28 − 23 = 5 h.
    expect(maxHoursOn({ status: "student", shifts, date: "2026-06-08" }).maxHours).toBe(5);
  });
  it("20 留学 long vacation 2026-08-01…09-20: 5 × 8 h allowed, a 9-hour day is not", () => {
    const longVacations = [{ from: "2026-08-01", to: "2026-09-20" }];
    const week = ["03", "04", "05", "06", "07"].map((d) => ({ date: `2026-08-${d}`, hours: 8 }));
    expect(checkWorkHours({ status: "student", shifts: week, longVacations }).ok).toBe(true);
    const long = checkWorkHours({
      status: "student",
      shifts: [...week, { date: "2026-08-10", hours: 9 }],
      longVacations,
    });
    expect(long.violations).toEqual([{ kind: "daily_8_hours", date: "2026-08-10", hours: 9, limit: 8 }]);
    // A weekend off outside the vacation is not vacation: 28 h still applies in October.
    const october = ["05", "06", "07", "08", "09"].map((d) => ({ date: `2026-10-${d}`, hours: 8 }));
    expect(checkWorkHours({ status: "student", shifts: october, longVacations }).ok).toBe(false);
  });
  it("21 家族滞在 8 h/day in August: no vacation exception", () => {
    const shifts = ["03", "04", "05", "06", "07"].map((d) => ({ date: `2026-08-${d}`, hours: 8 })); // 40 h > 28
    const check = checkWorkHours({
      status: "dependent",
      shifts,
      longVacations: [{ from: "2026-08-01", to: "2026-08-31" }],
    });
    expect(check.ok).toBe(false);
    // 07-28…08-03 holds only 8 h; the window 08-01…08-07 holds all 40 h.
    expect(check.violations).toContainEqual({
      kind: "weekly_28_hours",
      from: "2026-08-01",
      to: "2026-08-07",
      hours: 40,
      limit: 28,
    });
  });
});
