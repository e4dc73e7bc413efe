/** 19-16 categories and the organisation-side duties for the special statuses (RULES R1, R2, R7, R9, R10). */
import { describe, expect, it } from "vitest";
import { codes, dutyOf, person, run } from "./case-builder";

const ended = (date: string) => ({ type: "employment_ended" as const, date });

describe("19-16 category by status and facts", () => {
  it.each([
    ["i", "isa_contract_org_notification"],
    ["ro", "isa_contract_org_notification"],
    ["ha", "isa_activity_org_notification"],
  ] as const)("hsp_2 doing %s-type work → %s", (hsp2Activity, code) => {
    const d = dutyOf(run("2026-05-21", person("hsp_2", { hsp2Activity }), [ended("2026-05-20")]), code);
    expect(d.toConfirm).toBe(false);
  });
  it("hsp_2 without the activity type: contract, flagged to confirm", () => {
    const d = dutyOf(
      run("2026-05-21", person("hsp_2"), [ended("2026-05-20")]),
      "isa_contract_org_notification",
    );
    expect(d.toConfirm).toBe(true);
    expect(d.explanation.en).toMatch(/activity type .* missing/);
  });
  it("興行 with, without and with unknown Japanese contract", () => {
    const e = [ended("2026-08-01")];
    expect(codes(run("2026-08-02", person("entertainer", { japaneseContract: true }), e))).toContain(
      "isa_contract_org_notification/employment_ended",
    );
    expect(
      codes(run("2026-08-02", person("entertainer", { japaneseContract: false }), e)).some((c) =>
        c.startsWith("isa_"),
      ),
    ).toBe(false);
    expect(
      dutyOf(run("2026-08-02", person("entertainer"), e), "isa_contract_org_notification").toConfirm,
    ).toBe(true);
  });
  it("育成就労 from 2027-04-01: conservative contract notice, flagged and explained", () => {
    const r = run("2027-06-02", person("esd"), [ended("2027-06-01")]);
    const d = dutyOf(r, "isa_contract_org_notification");
    expect(d).toMatchObject({
      rule: "isa-19-16-contract-esd@1",
      toConfirm: true,
      confidence: "L",
      dueDate: "2027-06-15",
    });
    expect(d.explanation.ja).toContain("育成就労");
    expect(d.explanation.en).toMatch(/conservative/);
    expect(r.advisories.find((a) => a.code === "notification_category_unconfirmed")?.toConfirm).toBe(true);
  });
  it("技能実習1号 after 2027-03-31 is a legacy status that still notifies its activity organisation", () => {
    const r = run("2027-05-02", person("titp_1"), [ended("2027-05-01")]);
    expect(codes(r)).toContain("isa_activity_org_notification/employment_ended");
    expect(r.advisories.map((a) => a.code)).toContain("legacy_status");
    expect(run("2027-03-31", person("titp_1")).advisories.map((a) => a.code)).not.toContain("legacy_status");
  });
  it("留学: the employer is not the activity organisation", () => {
    const p = person("student", { extraActivityPermission: "comprehensive", employmentInsurance: false });
    const r = run("2026-10-02", p, [ended("2026-10-01"), { type: "org_name_changed", date: "2026-10-01" }]);
    expect(codes(r).some((c) => c.startsWith("isa_"))).toBe(false);
  });
  it("spouse notice only for spouse holders of spouse statuses", () => {
    const divorce = [{ type: "divorced" as const, date: "2026-08-20" }];
    expect(codes(run("2026-08-21", person("dependent", { holderRole: "child" }), divorce))).not.toContain(
      "isa_spouse_notification/divorced",
    );
    expect(
      codes(run("2026-08-21", person("engineer_specialist", { holderRole: "spouse" }), divorce)),
    ).not.toContain("isa_spouse_notification/divorced");
  });
});

describe("new contract trigger (RULES decision: conclusion date, else start date approximate)", () => {
  it("contract status: conclusion date when known, start date approximate otherwise", () => {
    const known = dutyOf(
      run("2026-04-01", person("engineer_specialist"), [
        { type: "employment_started", date: "2026-04-01", contractConcludedOn: "2026-03-10" },
      ]),
      "isa_contract_org_notification",
    );
    expect(known).toMatchObject({ triggerDate: "2026-03-10", approximate: false, dueDate: "2026-03-24" });
    const guess = dutyOf(
      run("2026-04-01", person("engineer_specialist"), [{ type: "employment_started", date: "2026-04-01" }]),
      "isa_contract_org_notification",
    );
    expect(guess).toMatchObject({
      triggerDate: "2026-04-01",
      approximate: true,
      dueDate: "2026-04-15",
      toConfirm: false,
    });
    expect(guess.explanation.en).toMatch(/contract date is missing/);
  });
  it("activity status: always the start date, never approximate", () => {
    const d = dutyOf(
      run("2026-04-01", person("instructor"), [
        { type: "employment_started", date: "2026-04-01", contractConcludedOn: "2026-02-01" },
      ]),
      "isa_activity_org_notification",
    );
    expect(d).toMatchObject({ triggerDate: "2026-04-01", approximate: false });
  });
  it("arrived in Japan for this job: no 19-16 notice, Hello Work still owed", () => {
    const r = run("2026-04-01", person("skilled_labor"), [
      { type: "employment_started", date: "2026-04-01", arrivedForThisJob: true },
    ]);
    expect(codes(r)).toEqual([
      "hw_employment_report/employment_started",
      "period_of_stay_renewal/period_of_stay",
    ]);
  });
});

describe("employer duties", () => {
  it("19-17 for a non-worker of a listed status, at start and end; none for unlisted statuses", () => {
    const events = [{ type: "employment_started" as const, date: "2026-06-26" }, ended("2026-09-30")];
    const r = run("2026-10-01", person("engineer_specialist", { isWorker: false }), events);
    expect(r.duties.filter((d) => d.code === "isa_org_acceptance_notice").map((d) => d.trigger)).toEqual([
      "employment_started",
      "employment_ended",
    ]);
    expect(codes(r)).not.toContain("hw_employment_report/employment_started");
    expect(r.advisories.find((a) => a.code === "not_a_worker_no_hello_work")?.toConfirm).toBe(true);
    expect(codes(run("2026-10-01", person("ssw_1", { isWorker: false }), events))).not.toContain(
      "isa_org_acceptance_notice/employment_started",
    );
    expect(
      dutyOf(
        run("2026-10-01", person("nursing_care", { isWorker: false }), events),
        "isa_org_acceptance_notice",
      ).toConfirm,
    ).toBe(true);
  });
  it("no 19-17 where the Hello Work report is owed", () => {
    expect(codes(run("2026-06-26", person("engineer_specialist"), [ended("2026-06-25")]))).not.toContain(
      "isa_org_acceptance_notice/employment_ended",
    );
  });
  it("Hello Work exemptions: special permanent residents, diplomats, officials", () => {
    for (const s of ["special_permanent_resident", "diplomat", "official"] as const) {
      expect(codes(run("2026-06-26", person(s), [ended("2026-06-25")]))).not.toContain(
        "hw_employment_report/employment_ended",
      );
    }
  });
  it("missing insurance flag: the earlier insured route, approximate", () => {
    const hire = dutyOf(
      run("2026-04-01", person("engineer_specialist", { employmentInsurance: null }), [
        { type: "employment_started", date: "2026-04-01" },
      ]),
      "hw_employment_report",
    );
    expect(hire).toMatchObject({ rule: "hw-insured-hire@1", approximate: true, dueDate: "2026-05-10" });
    const end = dutyOf(
      run("2026-04-01", person("engineer_specialist", { employmentInsurance: null }), [ended("2026-03-31")]),
      "hw_employment_report",
    );
    expect(end).toMatchObject({ rule: "hw-insured-separation@1", approximate: true, dueDate: "2026-04-10" });
  });
  it("特定技能 ad-hoc report on start: conclusion date, approximate without it, flagged on arrival", () => {
    const a = dutyOf(
      run("2026-04-01", person("ssw_2"), [
        { type: "employment_started", date: "2026-04-01", contractConcludedOn: "2026-03-02" },
      ]),
      "ssw_adhoc_report",
    );
    expect(a).toMatchObject({
      triggerDate: "2026-03-02",
      dueDate: "2026-03-16",
      approximate: false,
      toConfirm: false,
    });
    const b = dutyOf(
      run("2026-04-01", person("ssw_1"), [
        { type: "employment_started", date: "2026-04-01", arrivedForThisJob: true },
      ]),
      "ssw_adhoc_report",
    );
    expect(b).toMatchObject({ approximate: true, toConfirm: true });
  });
});
