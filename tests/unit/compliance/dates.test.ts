import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonthsPeriod,
  civilToDay,
  daysBetween,
  endOfMonth,
  fromDay,
  HOLIDAY_DATA_RANGE,
  isClosedDay,
  isHoliday,
  isIsoDate,
  lastDayOfNextMonth,
  lastOpenDayOnOrBefore,
  rollForward,
  subtractMonthsClamped,
  tenthOfNextMonth,
  toDay,
  weekday,
} from "@/lib/compliance";

describe("day numbers", () => {
  it("agree with Date.UTC for every day 1900–2100", () => {
    for (let n = toDay("1900-01-01"); n <= toDay("2100-12-31"); n += 1) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDay(n)).toBe(iso);
      expect(toDay(iso)).toBe(n);
    }
  });
  it("count from 1970-01-01 and know weekdays", () => {
    expect(toDay("1970-01-01")).toBe(0);
    expect(civilToDay(2026, 4, 1)).toBe(Date.UTC(2026, 3, 1) / 86_400_000);
    expect(weekday("2026-04-01")).toBe(3); // Wednesday
    expect(weekday("2026-05-31")).toBe(0); // Sunday
    expect(daysBetween("2026-03-31", "2026-04-14")).toBe(14);
  });
  it.each([
    ["2026-02-30", false],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-01", false],
    ["26-01-01", false],
    ["2026-01-01T00:00", false],
    ["2026-12-31", true],
  ])("isIsoDate(%s) = %s", (iso, ok) => expect(isIsoDate(iso)).toBe(ok));
});

describe("addDays (R0: the event day is not counted)", () => {
  it.each([
    ["2020-10-26", 14, "2020-11-09"], // ISA worked example
    ["2026-03-31", 14, "2026-04-14"],
    ["2028-02-15", 14, "2028-02-29"], // leap day exists in 2028
    ["2027-02-14", 14, "2027-02-28"], // 2027 is not a leap year
    ["2026-12-25", 10, "2027-01-04"], // across the year end
    ["2026-04-10", 60, "2026-06-09"], // child 60-day stay limit
  ])("%s + %i = %s", (from, n, want) => expect(addDays(from, n)).toBe(want));
});

describe("addMonthsPeriod (Civil Code 143)", () => {
  it.each([
    ["2026-06-30", 2, "2026-08-31"], // starts 07-01 → ends the last day of the 2nd month (August)
    ["2026-12-31", 2, "2027-02-28"], // starts 01-01 → end of February 2027
    ["2028-02-29", 2, "2028-04-30"], // starts 03-01 → end of April
    ["2026-04-01", 2, "2026-06-01"], // ISA example: starts 04-02 → day before 06-02
    ["2025-12-30", 2, "2026-02-28"], // starts 12-31 → 02-31 does not exist → end of February (143(2) proviso)
    ["2026-08-20", 6, "2027-02-20"], // starts 08-21 → day before 2027-02-21
    ["2027-01-10", 3, "2027-04-10"], // starts 01-11 → day before 04-11
    ["2026-06-01", 12, "2027-06-01"], // deemed re-entry: departure 2026-06-01 → back by 2027-06-01
  ])("%s + %i months → %s", (from, n, want) => expect(addMonthsPeriod(from, n)).toBe(want));
});

describe("month helpers", () => {
  it.each([
    ["2027-05-31", 3, "2027-02-28"], // 02-31 clamped
    ["2026-11-30", 3, "2026-08-30"],
    ["2026-05-04", 3, "2026-02-04"],
    ["2028-05-31", 3, "2028-02-29"], // leap year clamp
    ["2027-06-15", 2, "2027-04-15"],
  ])("subtractMonthsClamped(%s, %i) = %s", (from, n, want) =>
    expect(subtractMonthsClamped(from, n)).toBe(want),
  );
  it("computes the Hello Work calendar dates", () => {
    expect(tenthOfNextMonth("2026-04-01")).toBe("2026-05-10");
    expect(tenthOfNextMonth("2026-12-01")).toBe("2027-01-10");
    expect(lastDayOfNextMonth("2026-10-01")).toBe("2026-11-30");
    expect(lastDayOfNextMonth("2027-01-05")).toBe("2027-02-28");
    expect(lastDayOfNextMonth("2028-01-31")).toBe("2028-02-29");
    expect(endOfMonth("2028-02-03")).toBe("2028-02-29");
  });
});

describe("closed days (行政機関の休日)", () => {
  it.each([
    ["2026-05-03", true],
    ["2026-05-04", true],
    ["2026-05-05", true],
    ["2026-05-06", true], // GW 2026, 05-06 substitute
    ["2026-05-07", false],
    ["2027-04-29", true],
    ["2027-04-30", false],
    ["2027-05-03", true],
    ["2027-05-05", true],
    ["2027-05-06", false],
    ["2026-09-21", true],
    ["2026-09-22", true],
    ["2026-09-23", true],
    ["2026-09-24", false], // 09-22 sandwiched
    ["2027-03-22", true], // substitute for 春分の日 on a Sunday
    ["2026-12-28", false],
    ["2026-12-29", true],
    ["2026-12-31", true],
    ["2027-01-01", true],
    ["2027-01-03", true],
    ["2027-01-04", false],
    ["2026-07-18", true],
    ["2026-07-20", true],
    ["2026-07-21", false], // Sat, 海の日
    ["2026-11-23", true],
    ["2026-11-24", false],
    ["2028-02-11", true],
    ["2028-02-23", true],
    ["2028-02-29", false],
  ])("isClosedDay(%s) = %s", (iso, closed) => expect(isClosedDay(iso)).toBe(closed));

  it("knows national holidays only from the package data", () => {
    expect(isHoliday("2026-09-22")).toBe(true);
    expect(isHoliday("2026-12-29")).toBe(false); // closure, not a national holiday
    expect(HOLIDAY_DATA_RANGE.from <= "2026-01-01" && HOLIDAY_DATA_RANGE.to >= "2028-12-31").toBe(true);
  });

  it.each([
    ["2026-07-18", "2026-07-21"], // Sat → Sun → 海の日 → Tue
    ["2026-05-06", "2026-05-07"], // substitute holiday
    ["2027-05-03", "2027-05-06"], // 05-03, 05-04, 05-05 holidays
    ["2026-12-31", "2027-01-04"], // year-end closure
    ["2026-12-29", "2027-01-04"],
    ["2028-01-03", "2028-01-04"],
    ["2026-09-19", "2026-09-24"], // Sat, Sun, 敬老の日, 国民の休日, 秋分の日
    ["2026-04-14", "2026-04-14"], // open: unchanged
  ])("rollForward(%s) = %s", (from, want) => expect(rollForward(from)).toBe(want));

  it.each([
    ["2026-05-04", "2026-05-01"],
    ["2026-12-31", "2026-12-28"],
    ["2027-01-03", "2026-12-28"],
    ["2026-11-30", "2026-11-30"],
    ["2026-05-31", "2026-05-29"],
  ])("lastOpenDayOnOrBefore(%s) = %s", (from, want) => expect(lastOpenDayOnOrBefore(from)).toBe(want));

  it("still closes weekends and the year end beyond the holiday data", () => {
    expect(isClosedDay("2099-12-30")).toBe(true);
    expect(isClosedDay("2099-12-28")).toBe(false); // a Monday
  });
});
