/** Work state, renewal, card validity and naturalisation (EVALUATE.md `work`; RULES R4, R5, R6, R8). */
import { describe, expect, it } from "vitest";
import { ruleByRef } from "@/lib/compliance";
import { codes, dutyOf, person, run } from "./case-builder";

describe("work state by status", () => {
  it.each([
    ["permanent_resident", {}, { state: "authorized", until: null, limits: [] }],
    [
      "long_term_resident",
      { periodOfStayExpiresOn: "2027-01-01" },
      { state: "authorized", until: "2027-01-01", limits: [] },
    ],
    [
      "engineer_specialist",
      { periodOfStayExpiresOn: "2027-01-01" },
      { state: "authorized", until: "2027-01-01", limits: ["status_activities_only"] },
    ],
    [
      "ssw_1",
      { periodOfStayExpiresOn: "2027-01-01" },
      {
        state: "authorized",
        until: "2027-01-01",
        limits: ["status_activities_only", "designated_organisation_only"],
      },
    ],
    [
      "designated_activities",
      { periodOfStayExpiresOn: "2027-01-01" },
      { state: "check_designation", until: "2027-01-01", limits: ["designated_activities_only"] },
    ],
    [
      "student",
      { extraActivityPermission: "comprehensive", periodOfStayExpiresOn: "2027-01-01" },
      {
        state: "limited",
        until: "2027-01-01",
        limits: ["weekly_28_hours", "no_adult_entertainment_business", "long_vacation_8_hours_per_day"],
      },
    ],
    [
      "dependent",
      { extraActivityPermission: "comprehensive", periodOfStayExpiresOn: "2027-01-01" },
      {
        state: "limited",
        until: "2027-01-01",
        limits: ["weekly_28_hours", "no_adult_entertainment_business"],
      },
    ],
    [
      "cultural_activities",
      { extraActivityPermission: "individual", periodOfStayExpiresOn: "2027-01-01" },
      { state: "limited", until: "2027-01-01", limits: ["individual_permission_scope"] },
    ],
    [
      "dependent",
      { periodOfStayExpiresOn: "2027-01-01" },
      { state: "not_authorized", until: null, limits: [] },
    ],
    [
      "temporary_visitor",
      { extraActivityPermission: "comprehensive", periodOfStayExpiresOn: "2026-07-01" },
      { state: "not_authorized", until: null, limits: [] },
    ],
    ["special_permanent_resident", {}, { state: "authorized", until: null, limits: [] }],
  ] as const)("%s %j → %j", (status, over, work) => {
    expect(run("2026-05-01", person(status, over)).work).toEqual(work);
  });

  it("the expiry day itself is still authorized; the next day is not", () => {
    const p = person("engineer_specialist", { periodOfStayExpiresOn: "2026-06-30" });
    expect(run("2026-06-30", p).work.state).toBe("authorized");
    expect(run("2026-07-01", p).work.state).toBe("not_authorized");
  });
  it("an application on the expiry day is timely; the day after is not", () => {
    const onTime = person("engineer_specialist", {
      periodOfStayExpiresOn: "2026-06-30",
      renewalAppliedOn: "2026-06-30",
    });
    expect(run("2026-07-01", onTime).work.state).toBe("special_period");
    const late = person("engineer_specialist", {
      periodOfStayExpiresOn: "2026-06-30",
      renewalAppliedOn: "2026-07-01",
    });
    expect(run("2026-07-01", late).work.state).toBe("not_authorized");
    expect(codes(run("2026-07-01", late))).toContain("period_of_stay_renewal/period_of_stay");
  });
  it("special period: until the decision when earlier, then the new card; without a decision it ends", () => {
    const p = person("engineer_specialist", {
      periodOfStayExpiresOn: "2026-06-30",
      renewalAppliedOn: "2026-06-25",
      renewalDecidedOn: "2026-07-20",
    });
    expect(run("2026-07-15", p).work).toMatchObject({ state: "special_period", until: "2026-07-20" });
    const after = run("2026-07-25", p);
    expect(after.work).toMatchObject({ state: "authorized", until: null });
    expect(after.advisories.map((a) => a.code)).toContain("record_new_period_of_stay");
    const undecided = person("engineer_specialist", {
      periodOfStayExpiresOn: "2026-06-30",
      renewalAppliedOn: "2026-06-25",
    });
    expect(run("2026-08-31", undecided).work.state).toBe("special_period"); // last day of the 2 months
    expect(run("2026-09-01", undecided).work.state).toBe("not_authorized");
  });
  it("special period keeps the old limits for a student who has not graduated", () => {
    const p = person("student", {
      extraActivityPermission: "comprehensive",
      periodOfStayExpiresOn: "2026-06-30",
      renewalAppliedOn: "2026-06-01",
    });
    expect(run("2026-07-10", p).work).toMatchObject({
      state: "special_period",
      limits: expect.arrayContaining(["weekly_28_hours"]),
    });
  });
  it("a special period grants no work where the old status allowed none", () => {
    const p = person("dependent", { periodOfStayExpiresOn: "2026-06-30", renewalAppliedOn: "2026-06-01" });
    const r = run("2026-07-10", p);
    expect(r.work.state).toBe("not_authorized");
    expect(r.advisories.map((a) => a.code)).not.toContain("special_period");
  });
  it("a future graduation ends work the day before and warns", () => {
    const p = person("student", {
      extraActivityPermission: "comprehensive",
      periodOfStayExpiresOn: "2027-09-30",
    });
    const r = run("2027-03-01", p, [{ type: "graduated", date: "2027-03-15" }]);
    expect(r.work).toMatchObject({ state: "limited", until: "2027-03-14" });
    expect(r.advisories.find((a) => a.code === "graduated_stop_work")?.severity).toBe("warning");
  });
  it("a missing expiry for a status with a period is reported, not guessed", () => {
    const r = run("2026-05-01", person("engineer_specialist", { periodOfStayExpiresOn: null }));
    expect(r.renewal).toBeNull();
    expect(r.work.until).toBeNull();
    expect(r.advisories.map((a) => a.code)).toContain("period_of_stay_unknown");
  });
});

describe("card validity renewal (R8)", () => {
  it("高度専門職2号 aged 16+: due on the card expiry, window 2 months", () => {
    const d = dutyOf(
      run("2026-05-01", person("hsp_2", { hsp2Activity: "i", cardExpiresOn: "2031-05-01" })),
      "card_validity_renewal",
    );
    expect(d).toMatchObject({
      trigger: "card_validity",
      dueDate: "2031-05-01",
      windowOpensOn: "2031-03-01",
      toConfirm: false,
    });
  });
  it("a permanent resident's card ending before the 16th birthday: window 6 months", () => {
    const p = person("permanent_resident", { dateOfBirth: "2012-09-10", cardExpiresOn: "2028-09-09" });
    expect(dutyOf(run("2026-05-01", p), "card_validity_renewal").windowOpensOn).toBe("2028-03-09");
  });
  it("other statuses: only when the card ends at 16 before the stay does", () => {
    const child = person("dependent", {
      holderRole: "child",
      dateOfBirth: "2012-09-10",
      cardExpiresOn: "2028-09-09",
      periodOfStayExpiresOn: "2029-03-31",
    });
    expect(codes(run("2026-05-01", child))).toContain("card_validity_renewal/card_validity");
    const adult = person("engineer_specialist", { cardExpiresOn: "2029-12-28" });
    expect(codes(run("2026-05-01", adult))).not.toContain("card_validity_renewal/card_validity");
  });
  it("unknown date of birth: assumed 16+, flagged", () => {
    const p = person("permanent_resident", { dateOfBirth: null, cardExpiresOn: "2030-01-15" });
    expect(dutyOf(run("2026-05-01", p), "card_validity_renewal").toConfirm).toBe(true);
  });
});

describe("naturalisation and other personal events", () => {
  it("after naturalisation: card return only, later events ignored, no renewal", () => {
    const p = person("permanent_resident", { cardExpiresOn: "2031-01-01" });
    const r = run("2026-09-02", p, [
      { type: "naturalized", date: "2026-09-01" },
      { type: "moved_house", date: "2026-09-20" },
      { type: "employment_ended", date: "2026-10-31" },
    ]);
    expect(codes(r)).toEqual(["card_return/naturalized"]);
    expect(r.work).toEqual({ state: "authorized", until: null, limits: [] });
    expect(r.renewal).toBeNull();
  });
  it("a special permanent resident's child has no status-acquisition duty here", () => {
    expect(
      codes(
        run("2026-04-11", person("special_permanent_resident"), [{ type: "child_born", date: "2026-04-10" }]),
      ),
    ).toEqual([]);
  });
  it("the same event recorded twice gives one duty", () => {
    const e = { type: "card_lost" as const, date: "2026-07-07" };
    expect(codes(run("2026-07-08", person("engineer_specialist"), [e, e]))).toEqual([
      "card_reissue/card_lost",
      "period_of_stay_renewal/period_of_stay",
    ]);
  });
  it("an event before the residence-card system has no rule in force: advisory, no duty", () => {
    const r = run("2026-07-08", person("engineer_specialist"), [{ type: "card_lost", date: "2010-01-05" }]);
    expect(codes(r)).not.toContain("card_reissue/card_lost");
    expect(r.advisories.map((a) => a.code)).toContain("no_rule_in_force");
  });
  it("flags deadlines beyond the holiday data", () => {
    const r = run("2026-05-01", person("engineer_specialist", { periodOfStayExpiresOn: "2060-05-01" }));
    expect(r.advisories.find((a) => a.code === "holiday_data_unavailable")?.toConfirm).toBe(true);
  });
  it("every duty cites a catalogue rule whose basis and source it carries", () => {
    const r = run("2026-04-01", person("ssw_1"), [
      { type: "employment_started", date: "2026-04-01" },
      { type: "moved_house", date: "2026-04-02" },
    ]);
    for (const d of r.duties) {
      const rule = ruleByRef(d.rule);
      expect(rule, d.rule).toBeDefined();
      expect([rule?.duty, rule?.basis, rule?.source, rule?.confidence]).toEqual([
        d.code,
        d.basis,
        d.source,
        d.confidence,
      ]);
    }
  });
});
