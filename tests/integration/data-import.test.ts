import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { addWorkplace } from "@/lib/services/company-profile";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { commitEmployeeImport, previewEmployeeImport } from "@/lib/services/data/import-employees";
import { templateRows } from "@/lib/validation/csv";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";

const TODAY = "2026-06-15";
const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  await addWorkplace(a, { name: "本社工場", address: "東京都港区1-1" });
  await makeEmployee(a, { employeeNumber: "E0001" });
});
afterAll(async () => {
  await owner.end();
});

const count = async (companyId: string) =>
  (await owner`select count(*)::int as n from employees where company_id = ${companyId}`)[0]?.n as number;
const utf8 = (lines: string[]) => new Uint8Array(Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8"));

const JA_HEADER =
  "社員番号,氏名,フリガナ,国籍,生年月日,性別,部署,勤務先事業所,在留資格,在留期限,在留カード番号,資格外活動許可,雇用保険";

describe("CSV import of employees", () => {
  it("the downloadable template (UTF-8 with BOM, ja and en headers) previews clean", async () => {
    for (const locale of ["ja", "en"] as const) {
      const preview = await previewEmployeeImport(a, encodeCsv(templateRows(locale), "utf-8"), TODAY);
      expect(preview.fileIssues).toEqual([]);
      expect(preview.rows.map((r) => [r.line, r.name, r.issues])).toEqual([[2, "NGUYEN VAN AN", []]]);
    }
  });

  it("reads a Shift_JIS file with Japanese headers and words, shows each row's duties, and imports it in one go", async () => {
    const text = [
      JA_HEADER,
      "E2001,TRAN THI BINH,チャン ティ ビン,ベトナム,1998/7/2,女,製造部,本社工場,特定技能1号,2026年8月20日,CD87654321EF,なし,はい",
      "E2002,LI WEI,リ ウェイ,中国,2001-01-05,男,店舗,,留学,2027-03-31,EF12345678GH,包括,いいえ",
    ].join("\r\n");
    const bytes = new Uint8Array(iconv.encode(text, "cp932"));
    const preview = await previewEmployeeImport(a, bytes, TODAY);
    expect(preview.encoding).toBe("shift_jis");
    expect([preview.total, preview.valid, preview.invalid]).toEqual([2, 2, 0]);
    // The engine's renewal duty for each card: the expiry itself, never extended (RULES R4).
    expect(preview.rows[0]?.duties).toEqual([
      expect.objectContaining({ code: "period_of_stay_renewal", dueDate: "2026-08-20", owner: "employee" }),
    ]);
    const before = await count(a.companyId);
    expect(await commitEmployeeImport(a, bytes, TODAY)).toEqual({ imported: 2 });
    expect(await count(a.companyId)).toBe(before + 2);
    const [binh] =
      await owner`select e.id, e.sex, e.nationality, e.workplace_id is not null as has_workplace, c.status_code, c.period_of_stay_expires_on::text as expiry, c.card_number_last4
      from employees e join card_records c on c.employee_id = e.id where e.company_id = ${a.companyId} and e.employee_number = 'E2001'`;
    expect(binh).toMatchObject({
      sex: "F",
      nationality: "VN",
      has_workplace: true,
      status_code: "ssw_1",
      expiry: "2026-08-20",
      card_number_last4: "21EF",
    });
    const duties =
      await owner`select code, due_date::text as due from duties where employee_id = ${binh?.id}`;
    expect(duties).toEqual([{ code: "period_of_stay_renewal", due: "2026-08-20" }]);
    const audit =
      await owner`select count(*)::int as n from audit_log where company_id = ${a.companyId} and action = 'employee.created' and data->>'source' = 'csv_import'`;
    expect(audit[0]?.n).toBe(2);
  });

  it("a file with one bad row writes nothing, and says which line, which field and which rule", async () => {
    const bytes = utf8([
      "氏名,国籍,生年月日,性別,在留資格,在留期限,在留カード番号,社員番号",
      "GOOD PERSON,VN,1990-01-01,M,engineer_specialist,2028-01-01,AB11111111CD,E3001",
      "BAD PERSON,VN,1990-02-30,X,wizard,,AB123,E0001",
      "DUP PERSON,VN,1990-01-01,M,engineer_specialist,2028-01-01,AB11111111CD,E3001",
    ]);
    const preview = await previewEmployeeImport({ ...a, locale: "ja" }, bytes, TODAY);
    expect([preview.valid, preview.invalid]).toEqual([1, 2]);
    const bad = preview.rows.find((r) => r.line === 3);
    const rules = Object.fromEntries((bad?.issues ?? []).map((i) => [i.field, i.rule]));
    expect(rules).toMatchObject({
      dateOfBirth: "date_format",
      sex: "invalid_choice",
      "card.statusCode": "unknown_status",
      "card.cardNumber": "card_number_format",
      employeeNumber: "already_registered",
    });
    expect(bad?.issues.find((i) => i.field === "dateOfBirth")?.message).toBe(
      "生年月日: 実在する日付を YYYY-MM-DD 形式で入力してください",
    );
    expect(bad?.duties).toEqual([]);
    const dup = preview.rows.find((r) => r.line === 4);
    expect(dup?.issues.map((i) => [i.field, i.rule])).toEqual([
      ["employeeNumber", "duplicate_in_file"],
      ["card.cardNumber", "duplicate_in_file"],
    ]);
    const before = await count(a.companyId);
    await expect(commitEmployeeImport(a, bytes, TODAY)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "invalid_input",
    );
    expect(await count(a.companyId)).toBe(before);
  });

  it("refuses unknown and missing columns, undecodable bytes and empty files as a whole", async () => {
    const unknown = await previewEmployeeImport(
      a,
      utf8(["氏名,国籍,生年月日,性別,在留資格,好きな食べ物", "X,VN,1990-01-01,M,student,寿司"]),
      TODAY,
    );
    expect(unknown.fileIssues.map((i) => i.rule)).toEqual(["unknown_column"]);
    expect(unknown.fileIssues[0]?.message).toContain("好きな食べ物");
    const missing = await previewEmployeeImport(a, utf8(["氏名,国籍", "X,VN"]), TODAY);
    expect(missing.fileIssues.map((i) => i.rule)).toEqual([
      "missing_column",
      "missing_column",
      "missing_column",
    ]);
    const binary = await previewEmployeeImport(
      a,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x81, 0xff]),
      TODAY,
    );
    expect(binary.fileIssues.map((i) => i.rule)).toEqual(["csv_encoding"]);
    expect((await previewEmployeeImport(a, utf8([JA_HEADER]), TODAY)).fileIssues.map((i) => i.rule)).toEqual([
      "csv_empty",
    ]);
  });

  it("a viewer may not import", async () => {
    const viewer = { ...a, actor: { ...a.actor, role: "viewer" as const } };
    await expect(
      previewEmployeeImport(viewer, encodeCsv(templateRows("ja"), "utf-8"), TODAY),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "forbidden");
  });

  it("company B: A's workplace names and employee numbers mean nothing, and rows land in B only", async () => {
    const bytes = utf8([
      "社員番号,氏名,国籍,生年月日,性別,在留資格,在留期限,勤務先事業所",
      "E0001,B PERSON,VN,1990-01-01,M,engineer_specialist,2028-01-01,本社工場",
    ]);
    const preview = await previewEmployeeImport(b, bytes, TODAY);
    expect(preview.rows[0]?.issues.map((i) => [i.field, i.rule])).toEqual([
      ["workplaceId", "unknown_workplace"],
    ]);
    const ok = utf8([
      "社員番号,氏名,国籍,生年月日,性別,在留資格,在留期限",
      "E0001,B PERSON,VN,1990-01-01,M,engineer_specialist,2028-01-01",
    ]);
    const aBefore = await count(a.companyId);
    expect(await commitEmployeeImport(b, ok, TODAY)).toEqual({ imported: 1 });
    expect([await count(a.companyId), await count(b.companyId)]).toEqual([aBefore, 1]);
  });
});
