/** Properties over generated cases and dates (fast-check). */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  addMonthsPeriod,
  checkWorkHours,
  evaluate,
  evaluateRequest,
  fromDay,
  hasHolidayData,
  isClosedDay,
  lastOpenDayOnOrBefore,
  maxHoursOn,
  rollForward,
  ruleByRef,
  toDay,
  ZEvaluateCase,
} from "@/lib/compliance";
import { caseArb, dateArb } from "./arbitraries";

const RUNS = { numRuns: 400 };

describe("generated cases are valid", () => {
  it("pass ZEvaluateCase", () => {
    fc.assert(
      fc.property(caseArb, (c) => ZEvaluateCase.safeParse(c).success),
      RUNS,
    );
  });
});

describe("deadline invariants (R0, R11)", () => {
  it("dueDate is never before nominalDueDate; only extended periods move, to the first open day", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const d of evaluate(c).duties) {
          expect(d.dueDate >= d.nominalDueDate).toBe(true);
          const deadline = ruleByRef(d.rule)?.deadline;
          const extended = deadline?.kind === "period_days" && deadline.extended;
          if (extended) {
            expect(d.dueDate).toBe(rollForward(d.nominalDueDate));
            if (hasHolidayData(toDay(d.dueDate))) expect(isClosedDay(d.dueDate)).toBe(false);
          } else {
            expect(d.dueDate).toBe(d.nominalDueDate);
          }
          if (!isClosedDay(d.nominalDueDate)) expect(d.dueDate).toBe(d.nominalDueDate);
        }
      }),
      RUNS,
    );
  });

  it("rollForward lands on the first open day; lastOpenDayOnOrBefore on the last one", () => {
    fc.assert(
      fc.property(dateArb(), (iso) => {
        const fwd = rollForward(iso);
        const back = lastOpenDayOnOrBefore(iso);
        expect(isClosedDay(fwd) || isClosedDay(back)).toBe(false);
        for (let n = toDay(back) + 1; n < toDay(fwd); n++) expect(isClosedDay(fromDay(n))).toBe(true);
        if (!isClosedDay(iso)) expect([fwd, back]).toEqual([iso, iso]);
      }),
      RUNS,
    );
  });

  it("addMonthsPeriod is strictly increasing in n and never shorter than 28 days a month", () => {
    fc.assert(
      fc.property(dateArb(), fc.integer({ min: 1, max: 24 }), (iso, n) => {
        const a = addMonthsPeriod(iso, n);
        const b = addMonthsPeriod(iso, n + 1);
        expect(a < b).toBe(true);
        expect(toDay(a) - toDay(iso)).toBeGreaterThanOrEqual(28 * n);
      }),
      RUNS,
    );
  });
});

describe("hours planning (R6)", () => {
  const shiftArb = fc.record({
    date: dateArb("2026-07-20", "2026-08-20"),
    hours: fc.integer({ min: 0, max: 12 }),
  });
  it("maxHoursOn is exactly the most that keeps a legal schedule legal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("student", "dependent") as fc.Arbitrary<"student" | "dependent">,
        fc.array(shiftArb, { maxLength: 12 }),
        dateArb("2026-07-25", "2026-08-15"),
        (status, shifts, date) => {
          const longVacations = [{ from: "2026-08-01", to: "2026-09-20" }];
          const others = shifts.filter((s) => s.date !== date);
          fc.pre(checkWorkHours({ status, shifts: others, longVacations }).violations.length === 0);
          const { maxHours } = maxHoursOn({ status, shifts: others, date, longVacations });
          expect(
            checkWorkHours({ status, shifts: [...others, { date, hours: maxHours }], longVacations }).ok,
          ).toBe(true);
          if (maxHours < 24) {
            const over = checkWorkHours({
              status,
              shifts: [...others, { date, hours: maxHours + 1 }],
              longVacations,
            });
            expect(over.ok).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("time-zone independence", () => {
  it("gives identical results after switching process.env.TZ and reloading the engine", async () => {
    const cases = fc.sample(caseArb, { numRuns: 300, seed: 42 });
    const here = cases.map((c) => evaluate(c));
    const before = process.env.TZ;
    const offsetBefore = new Date(2026, 0, 1).getTimezoneOffset();
    try {
      process.env.TZ = offsetBefore === -840 ? "America/Los_Angeles" : "Pacific/Kiritimati"; // UTC+14
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(offsetBefore);
      vi.resetModules();
      const fresh = await import("@/lib/compliance");
      expect(cases.map((c) => fresh.evaluate(c))).toEqual(here);
    } finally {
      process.env.TZ = before;
    }
  });
});

describe("validation never throws", () => {
  const check = (input: unknown) => {
    const res = evaluateRequest(input);
    if (res.ok) return;
    expect(res.error.code).toBe("invalid_input");
    expect(res.error.field.length).toBeGreaterThan(0);
    expect(res.error.issues.length).toBeGreaterThan(0);
    for (const i of res.error.issues)
      expect(typeof i.field === "string" && typeof i.message === "string").toBe(true);
  };
  it("on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), check), RUNS);
  });
  it("on valid cases with one field replaced by arbitrary JSON", () => {
    const path = fc.constantFrom(
      "asOf",
      "person",
      "events",
      "person.status",
      "person.dateOfBirth",
      "person.isWorker",
      "cases",
      "x",
    );
    fc.assert(
      fc.property(caseArb, path, fc.jsonValue(), (c, p, v) => {
        const copy = structuredClone(c) as Record<string, unknown>;
        const [head, tail] = p.split(".");
        if (tail && head) (copy[head] as Record<string, unknown>)[tail] = v;
        else if (head) copy[head] = v;
        check(copy);
      }),
      RUNS,
    );
  });
  it("accepts every generated case through the request boundary too", () => {
    fc.assert(
      fc.property(caseArb, (c) => evaluateRequest(JSON.parse(JSON.stringify(c))).ok),
      { numRuns: 200 },
    );
  });
});
