import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { exportDutyRows, exportEmployeeRows } from "@/lib/services/data/export-csv";
import { previewEmployeeImport } from "@/lib/services/data/import-employees";
import { makeCompany, makeEmployee } from "../factories/company";

const TODAY = "2026-06-15";
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  await makeEmployee(
    { ...a, locale: "ja" },
    { nameOnCard: '=HYPERLINK("x")', employeeNumber: "A-1" },
    { cardNumber: "AB12345678CD" },
  );
  await makeEmployee(
    a,
    { nameOnCard: "SECOND PERSON", employeeNumber: "A-2", nameKana: "セカンド" },
    {
      statusCode: "permanent_resident",
      periodOfStayExpiresOn: null,
      cardExpiresOn: "2030-01-01",
      cardNumber: "ZZ99999999ZZ",
    },
  );
  await makeEmployee(b, { nameOnCard: "B ONLY" });
});
afterAll(async () => {});

describe("CSV export", () => {
  it("exports A's employees only, never the full card number, in the import template's columns", async () => {
    const rows = await exportEmployeeRows({ ...a, locale: "ja" });
    expect(rows[0]?.slice(0, 3)).toEqual(["社員番号", "氏名(在留カード記載)", "氏名(カタカナ)"]);
    expect(rows).toHaveLength(3);
    const flat = JSON.stringify(rows);
    expect(flat).not.toContain("B ONLY");
    expect(flat).not.toContain("AB12345678CD");
    expect(flat).toContain("78CD");
  });

  it("neutralises spreadsheet formulas and encodes Shift_JIS on request", async () => {
    const bytes = encodeCsv(await exportEmployeeRows({ ...a, locale: "ja" }), "shift_jis");
    const text = iconv.decode(bytes, "cp932");
    expect(text).toContain("技術・人文知識・国際業務");
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("an export goes back through the importer (into another company) without errors", async () => {
    const rows = (await exportEmployeeRows({ ...a, locale: "en" })).map((r) => r.slice(0, -4)); // drop the export-only columns
    const preview = await previewEmployeeImport(b, encodeCsv(rows, "utf-8"), TODAY);
    expect(preview.fileIssues).toEqual([]);
    expect(preview.rows.map((r) => [r.name, r.issues])).toEqual([
      ['=HYPERLINK("x")'.replace(/^=/, "'="), []],
      ["SECOND PERSON", []],
    ]);
  });

  it("exports duties with their titles, deadlines and rules; B sees none of A's", async () => {
    const rows = await exportDutyRows({ ...a, locale: "en" });
    expect(rows[0]).toContain("Due date");
    expect(rows.slice(1).map((r) => [r[3], r[7], r[14]])).toEqual(
      expect.arrayContaining([["period_of_stay_renewal", "2027-09-30", expect.stringMatching(/@\d+$/)]]),
    );
    const bRows = await exportDutyRows(b);
    expect(bRows.slice(1).every((r) => r[1] === "B ONLY")).toBe(true);
  });
});
