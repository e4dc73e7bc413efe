import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { addLongVacation, getEmployeeHours, removeLongVacation } from "@/lib/services/data/employee-hours";
import { listHoursOverview } from "@/lib/services/data/hours";
import { importShifts } from "@/lib/services/data/import-shifts";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const TODAY = "2026-06-01"; // a Monday
const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  ids.student = (
    await makeEmployee(
      a,
      { nameOnCard: "LIN STUDENT", employeeNumber: "S1" },
      {
        statusCode: "student",
        extraActivityPermission: "comprehensive",
        periodOfStayExpiresOn: "2027-03-31",
      },
    )
  ).id;
  ids.dependent = (
    await makeEmployee(
      a,
      { nameOnCard: "DEP FAMILY", employeeNumber: "S2" },
      {
        statusCode: "dependent",
        extraActivityPermission: "comprehensive",
        periodOfStayExpiresOn: "2027-03-31",
      },
    )
  ).id;
  ids.engineer = (await makeEmployee(a, { nameOnCard: "ENG WORKER", employeeNumber: "E1" })).id;
});
afterAll(async () => {
  await owner.end();
});

const csv = (lines: string[]) => new Uint8Array(Buffer.from(`${lines.join("\n")}\n`, "utf8"));
const shiftCount = async () =>
  (await owner`select count(*)::int as n from shifts where company_id = ${a.companyId}`)[0]?.n as number;
const rule = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe("student hours", () => {
  it("refuses a file with any bad row, naming line, field and rule, and writes nothing", async () => {
    const bad = csv([
      "社員番号,日付,時間",
      "S1,2026-06-02,4",
      "E1,2026-06-02,4",
      "X9,2026-06-02,4",
      "S1,2026/6/3,25",
    ]);
    const error = await importShifts(a, bad, TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((i) => [i.field, i.rule])).toEqual([
      ["line 3: employeeNumber", "no_hours_rule"],
      ["line 4: employeeNumber", "unknown_employee"],
      ["line 5: hours", "hours_range"],
    ]);
    expect(await shiftCount()).toBe(0);
  });

  it("flags a planned week over 28 hours before it happens, and says how much a day may still take", async () => {
    // RULES scenario 19: 23 h on 06-02…06-07, so 06-08 may take at most 5 h; 8 h planned there breaks the limit.
    const plan = [
      "employee number,date,hours",
      "S1,2026-06-02,4",
      "S1,2026-06-03,4",
      "S1,2026-06-04,4",
      "S1,2026-06-05,4",
      "S1,2026-06-06,4",
      "S1,2026-06-07,3",
      "S1,2026-06-08,8",
    ];
    const result = await importShifts(a, csv(plan), TODAY);
    expect([result.imported, result.employees]).toEqual([7, 1]);
    expect(result.flags).toEqual([
      {
        employeeId: ids.student,
        nameOnCard: "LIN STUDENT",
        flags: [
          {
            kind: "weekly_28_hours",
            from: "2026-06-02",
            to: "2026-06-08",
            hours: 31,
            limit: 28,
            planned: true,
          },
        ],
      },
    ]);
    const detail = await getEmployeeHours(a, ids.student ?? "", TODAY);
    expect(detail.ahead.find((d) => d.date === "2026-06-08")).toMatchObject({
      maxHours: 5,
      reason: "weekly_28_hours",
    });
    // Re-importing the day replaces it: 5 h keeps the schedule legal.
    const fixed = await importShifts(a, csv(["社員番号,日付,時間", "S1,2026-06-08,5"]), TODAY);
    expect(fixed.flags).toEqual([]);
  });

  it("reports a past breach as past, and puts planned problems first in the overview", async () => {
    await importShifts(
      a,
      csv(["社員番号,日付,時間", ...["05-04", "05-05", "05-06", "05-07"].map((d) => `S2,2026-${d},8`)]),
      TODAY,
    );
    await importShifts(a, csv(["社員番号,日付,時間", "S1,2026-06-09,8", "S1,2026-06-10,8"]), TODAY);
    const overview = await listHoursOverview(a, TODAY);
    expect(overview.map((r) => [r.nameOnCard, r.flags.map((f) => f.planned)])).toEqual([
      ["LIN STUDENT", [true]],
      ["DEP FAMILY", [false]],
    ]);
    expect(overview.find((r) => r.nameOnCard === "ENG WORKER")).toBeUndefined();
  });

  it("inside a student's long vacation, 8 hours a day replaces the weekly limit", async () => {
    await addLongVacation(a, ids.student ?? "", { startsOn: "2026-08-01", endsOn: "2026-08-31" });
    const week = ["03", "04", "05", "06", "07", "08", "09"].map((d) => `S1,2026-08-${d},8`);
    await importShifts(a, csv(["社員番号,日付,時間", ...week, "S1,2026-08-10,9"]), TODAY);
    const { flags } = await getEmployeeHours(a, ids.student ?? "", TODAY);
    expect(flags.filter((f) => f.from >= "2026-08-01")).toEqual([
      { kind: "daily_8_hours", from: "2026-08-10", to: "2026-08-10", hours: 9, limit: 8, planned: true },
    ]);
    await expect(
      addLongVacation(a, ids.student ?? "", { startsOn: "2026-09-10", endsOn: "2026-09-01" }),
    ).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.issues[0]?.rule === "range_order");
  });

  it("company B can neither read, import for, nor change A's people", async () => {
    await expect(importShifts(b, csv(["社員番号,日付,時間", "S1,2026-06-20,4"]), TODAY)).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.issues[0]?.rule === "unknown_employee",
    );
    await expect(getEmployeeHours(b, ids.student ?? "", TODAY)).rejects.toSatisfy(rule("not_found"));
    await expect(
      addLongVacation(b, ids.student ?? "", { startsOn: "2026-12-20", endsOn: "2027-01-07" }),
    ).rejects.toSatisfy(rule("not_found"));
    const [vacation] = await owner`select id from long_vacations where employee_id = ${ids.student ?? ""}`;
    await expect(removeLongVacation(b, String(vacation?.id))).rejects.toSatisfy(rule("not_found"));
    expect((await listHoursOverview(b, TODAY)).length).toBe(0);
  });
});
