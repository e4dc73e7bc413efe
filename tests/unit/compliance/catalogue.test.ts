/** Rules and statuses as reference data: invariants of the catalogue and the status lookups. */
import { describe, expect, it } from "vitest";
import {
  DUTY_CODES,
  isStatusCode,
  isStatusGrantable,
  RULES,
  ruleByRef,
  ruleInForce,
  ruleRef,
  ruleVersions,
  STATUS_CODES,
  STATUSES,
  statusInfo,
} from "@/lib/compliance";
import statusesJson from "@/lib/compliance/data/statuses.json";

describe("rule catalogue", () => {
  it("has unique id@version and non-overlapping versions", () => {
    const refs = RULES.map(ruleRef);
    expect(new Set(refs).size).toBe(refs.length);
    for (const id of new Set(RULES.map((r) => r.id))) {
      const v = ruleVersions(id);
      for (let i = 1; i < v.length; i++) {
        const prevEnd = v[i - 1]?.validTo ?? "9999-12-31";
        expect(prevEnd < (v[i]?.validFrom ?? "")).toBe(true);
      }
    }
  });
  it("covers every duty code of the contract", () => {
    for (const code of DUTY_CODES)
      expect(
        RULES.some((r) => r.duty === code),
        code,
      ).toBe(true);
  });
  it.each(RULES.map((r) => [ruleRef(r), r] as const))(
    "%s is complete and cites an official page",
    (_ref, r) => {
      expect(r.basis).toMatch(/(出入国管理及び難民認定法|労働施策総合推進法) 第/);
      expect(r.source).toMatch(/^https?:\/\/www\.(moj|mhlw)\.go\.jp\//);
      expect(r.title.ja && r.title.en && r.explanation.ja && r.explanation.en && r.notes).toBeTruthy();
      expect(r.validTo === null || r.validTo >= r.validFrom).toBe(true);
      if (r.confidence === "L") expect(r.toConfirm).toBe(true);
    },
  );
  it("finds the version in force on a date", () => {
    expect(ruleInForce("ssw-periodic", "2025-03-31")?.version).toBe(1);
    expect(ruleInForce("ssw-periodic", "2025-04-01")?.version).toBe(2);
    expect(ruleInForce("isa-19-16-contract-esd", "2027-03-31")).toBeUndefined();
    expect(ruleInForce("isa-19-16-contract-esd", "2027-04-01")?.toConfirm).toBe(true);
    expect(ruleInForce("nope", "2026-01-01")).toBeUndefined();
    expect(ruleByRef("hw-insured-separation@1")?.deadline).toEqual({
      kind: "period_days",
      days: 10,
      extended: true,
    });
    expect(ruleByRef("hw-insured-separation@9")).toBeUndefined();
    expect(ruleByRef("garbage")).toBeUndefined();
  });
  it("marks calendar-date Hello Work deadlines as not extended and to confirm", () => {
    for (const id of ["hw-insured-hire", "hw-uninsured"]) {
      const r = ruleInForce(id, "2026-01-01");
      expect(r?.deadline.kind).not.toBe("period_days");
      expect(r?.toConfirm).toBe(true);
    }
  });
});

describe("statuses", () => {
  it("STATUS_CODES matches data/statuses.json exactly", () => {
    expect(statusesJson.statuses.map((s) => s.code)).toEqual([...STATUS_CODES]);
    expect(STATUSES).toHaveLength(STATUS_CODES.length);
  });
  it("looks up labels and facts", () => {
    expect(statusInfo("engineer_specialist")).toMatchObject({
      ja: "技術・人文知識・国際業務",
      work: "S",
      notify: "contract",
      card: true,
    });
    expect(statusInfo("hsp_2")).toMatchObject({
      notify: "contract_or_activity",
      cardValidityYears: 7,
      indefinitePeriod: true,
    });
    expect(statusInfo("entertainer").notify).toBe("contract_if_japanese_contract");
    expect(statusInfo("special_permanent_resident")).toMatchObject({
      helloWorkExempt: true,
      card: false,
      indefinitePeriod: true,
    });
    expect(statusInfo("temporary_visitor").hireable).toBe(false);
    expect(statusInfo("student").longVacationRule).toBe(true);
    expect(statusInfo("designated_activities").work).toBe("D");
    expect(statusInfo("esd")).toMatchObject({ notify: "unknown", validFrom: "2027-04-01" });
    expect(statusInfo("titp_1").validTo).toBe("2027-03-31");
    expect(() => statusInfo("nope" as never)).toThrow(RangeError);
  });
  it("knows codes and validity windows", () => {
    expect(isStatusCode("student")).toBe(true);
    expect(isStatusCode("Student")).toBe(false);
    expect(isStatusCode(3)).toBe(false);
    expect(isStatusGrantable("esd", "2027-03-31")).toBe(false);
    expect(isStatusGrantable("esd", "2027-04-01")).toBe(true);
    expect(isStatusGrantable("titp_1", "2027-04-01")).toBe(false);
  });
});
