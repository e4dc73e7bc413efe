/** Planning helpers: hours (R6), card validity by age (R8), 特定技能 annual window (R9), re-entry (R5.9). */
import { describe, expect, it } from "vitest";
import {
  cardRenewalWindow,
  cardValidity,
  checkWorkHours,
  deemedReentryReturnBy,
  maxHoursOn,
  renewalWindow,
  sswAnnualReportWindow,
  sswFiscalYearOf,
} from "@/lib/compliance";

describe("checkWorkHours / maxHoursOn", () => {
  const term = (date: string, hours: number) => ({ date, hours });
  it("sums shifts across employers on the same day", () => {
    const shifts = [term("2026-06-01", 20), term("2026-06-01", 4), term("2026-06-03", 5)]; // 24 + 5 = 29
    expect(checkWorkHours({ status: "dependent", shifts }).violations.length).toBeGreaterThan(0);
  });
  it("allows exactly 28 hours in a window", () => {
    const shifts = ["01", "02", "03", "04"].map((d) => term(`2026-06-${d}`, 7));
    expect(checkWorkHours({ status: "student", shifts })).toEqual({ ok: true, violations: [], warnings: [] });
    expect(maxHoursOn({ status: "student", shifts, date: "2026-06-05" }).maxHours).toBe(0);
    expect(maxHoursOn({ status: "student", shifts, date: "2026-06-08" }).maxHours).toBe(7); // 06-02…06-08 holds 21 h
  });
  it("replaces, not adds to, a shift already planned on the date", () => {
    expect(
      maxHoursOn({ status: "student", shifts: [term("2026-06-01", 10)], date: "2026-06-01" }).maxHours,
    ).toBe(24);
    expect(
      maxHoursOn({ status: "student", shifts: [term("2026-06-02", 10)], date: "2026-06-01" }),
    ).toMatchObject({ maxHours: 18 });
  });
  it("long vacation: 8 h per day for students only; a window across its edge is flagged", () => {
    const longVacations = [{ from: "2026-08-01", to: "2026-09-20" }];
    expect(maxHoursOn({ status: "student", shifts: [], date: "2026-08-05", longVacations })).toMatchObject({
      maxHours: 8,
      reason: "daily_8_hours",
    });
    // 家族滞在 has no vacation exception: no window binds on an empty schedule; 20 h on 08-03 leaves 8.
    expect(maxHoursOn({ status: "dependent", shifts: [], date: "2026-08-05", longVacations }).reason).toBe(
      "none",
    );
    const busy = [term("2026-08-03", 20)];
    expect(
      maxHoursOn({ status: "dependent", shifts: busy, date: "2026-08-05", longVacations }),
    ).toMatchObject({
      maxHours: 8,
      reason: "weekly_28_hours",
    });
    const edge = ["16", "17", "18", "19", "20"]
      .map((d) => term(`2026-09-${d}`, 8))
      .concat([term("2026-09-21", 6)]);
    const check = checkWorkHours({ status: "student", shifts: edge, longVacations });
    expect(check.ok).toBe(true);
    expect(check.warnings[0]).toMatchObject({
      kind: "window_straddles_long_vacation",
      termHours: 6,
      toConfirm: true,
    });
  });
  it("rejects impossible hours", () => {
    expect(() => checkWorkHours({ status: "student", shifts: [term("2026-06-01", 25)] })).toThrow(RangeError);
    expect(() => checkWorkHours({ status: "student", shifts: [term("2026-06-31", 2)] })).toThrow(RangeError);
  });
});

describe("cardValidity by age (art. 19-5)", () => {
  it.each([
    // 永住者 issued at 30: 7 years counted from the issue day → the day before the 7th anniversary
    [
      {
        status: "permanent_resident",
        dateOfBirth: "1996-05-01",
        issuedOn: "2024-06-10",
        periodOfStayExpiresOn: null,
      },
      "2031-06-09",
      "seven_years",
      2,
    ],
    // 技人国 adult: the stay expiry
    [
      {
        status: "engineer_specialist",
        dateOfBirth: "1990-01-01",
        issuedOn: "2024-06-10",
        periodOfStayExpiresOn: "2027-06-10",
      },
      "2027-06-10",
      "period_of_stay",
      null,
    ],
    // 永住者 aged 10, issued after 2023-11-01: the day before the 16th birthday
    [
      {
        status: "permanent_resident",
        dateOfBirth: "2014-03-20",
        issuedOn: "2024-06-10",
        periodOfStayExpiresOn: null,
      },
      "2030-03-19",
      "before_16th_birthday",
      6,
    ],
    // 家族滞在 aged 15: the stay ends before the 16th birthday → the stay expiry
    [
      {
        status: "dependent",
        dateOfBirth: "2009-12-01",
        issuedOn: "2024-06-10",
        periodOfStayExpiresOn: "2025-06-10",
      },
      "2025-06-10",
      "period_of_stay",
      null,
    ],
    // 家族滞在 aged 15 with a longer stay: the day before the 16th birthday
    [
      {
        status: "dependent",
        dateOfBirth: "2009-12-01",
        issuedOn: "2024-06-10",
        periodOfStayExpiresOn: "2027-06-10",
      },
      "2025-11-30",
      "before_16th_birthday",
      6,
    ],
    // issued before 2023-11-01 under 16: the 16th birthday itself
    [
      {
        status: "permanent_resident",
        dateOfBirth: "2014-03-20",
        issuedOn: "2023-10-31",
        periodOfStayExpiresOn: null,
      },
      "2030-03-20",
      "16th_birthday",
      6,
    ],
  ] as const)("%j → %s (%s, window %s months)", (input, expiresOn, reason, months) => {
    expect(cardValidity(input)).toMatchObject({ expiresOn, reason, renewalWindowMonths: months });
  });
  it("cardRenewalWindow: 2 months for 16+, 6 at 16, none when the stay ends first", () => {
    expect(
      cardRenewalWindow({
        status: "permanent_resident",
        dateOfBirth: "1996-05-01",
        cardExpiresOn: "2027-06-15",
        periodOfStayExpiresOn: null,
      }),
    ).toEqual({ opensOn: "2027-04-15", months: 2, ageKnown: true });
    expect(
      cardRenewalWindow({
        status: "permanent_resident",
        dateOfBirth: "2014-03-20",
        cardExpiresOn: "2030-03-19",
        periodOfStayExpiresOn: null,
      })?.months,
    ).toBe(6);
    expect(
      cardRenewalWindow({
        status: "dependent",
        dateOfBirth: "2009-12-01",
        cardExpiresOn: "2025-06-10",
        periodOfStayExpiresOn: "2025-06-10",
      }),
    ).toBeNull();
    expect(
      cardRenewalWindow({
        status: "engineer_specialist",
        dateOfBirth: "1990-01-01",
        cardExpiresOn: "2027-06-10",
        periodOfStayExpiresOn: "2027-06-10",
      }),
    ).toBeNull();
  });
});

describe("特定技能 annual report window and fiscal years", () => {
  it("is null before the annual regime and maps dates to fiscal years", () => {
    expect(sswAnnualReportWindow(2024)).toBeNull(); // the quarterly report covered FY2024
    expect(sswAnnualReportWindow(2025)).toMatchObject({
      coversFrom: "2025-04-01",
      coversTo: "2026-03-31",
      rule: "ssw-periodic@2",
    });
    expect(sswFiscalYearOf("2026-03-31")).toBe(2025);
    expect(sswFiscalYearOf("2026-04-01")).toBe(2026);
    expect(() => sswAnnualReportWindow(2025.5)).toThrow(RangeError);
  });
  it("2031-05-31 is a Saturday: remind by Friday 05-30, flag the roll", () => {
    expect(sswAnnualReportWindow(2030)).toMatchObject({
      remindBy: "2031-05-30",
      informationalRolledDate: "2031-06-02",
      toConfirm: true,
    });
  });
});

describe("renewal window and re-entry", () => {
  it("renewalWindow", () => {
    expect(renewalWindow("2026-05-04")).toEqual({
      expiresOn: "2026-05-04",
      windowOpensOn: "2026-02-04",
      lastOpenDayOnOrBefore: "2026-05-01",
    });
  });
  it("deemed re-entry: 1 year (2 for special permanent residents), capped by the stay", () => {
    expect(
      deemedReentryReturnBy({
        status: "engineer_specialist",
        departedOn: "2026-06-01",
        periodOfStayExpiresOn: "2029-01-01",
      }),
    ).toBe("2027-06-01");
    expect(
      deemedReentryReturnBy({
        status: "special_permanent_resident",
        departedOn: "2026-06-01",
        periodOfStayExpiresOn: null,
      }),
    ).toBe("2028-06-01");
  });
});
