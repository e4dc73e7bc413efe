import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createEmployee } from "@/lib/services/create-employee";
import { makeCompany, validEmployeeInput } from "../factories/company";
import { ownerSql } from "../helpers/db";

let company: Awaited<ReturnType<typeof makeCompany>>;
const owner = ownerSql();

beforeAll(async () => {
  company = await makeCompany();
});
afterAll(() => owner.end());

async function countRows() {
  const [row] =
    await owner`select (select count(*) from employees where company_id = ${company.companyId})::int as e,
                                   (select count(*) from card_records where company_id = ${company.companyId})::int as c`;
  return row;
}

async function expectFieldError(input: unknown, field: string, pattern: RegExp, locale: "ja" | "en" = "en") {
  const before = await countRows();
  const error = await createEmployee({ ...company, locale }, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const issue = (error as AppError).issues.find((i) => i.field === field);
  expect(issue, `an issue for ${field}: ${JSON.stringify((error as AppError).issues)}`).toBeDefined();
  expect(issue?.message).toMatch(pattern);
  expect(await countRows()).toEqual(before);
}

describe("bad employee input gets a field error naming the field and the rule, and writes nothing", () => {
  it("a wrong card number", () =>
    expectFieldError(
      validEmployeeInput({}, { cardNumber: "A1234567890B" }),
      "card.cardNumber",
      /Residence card number: must be 2 capital letters, 8 digits/,
    ));
  it("a wrong card number, in Japanese", () =>
    expectFieldError(
      validEmployeeInput({}, { cardNumber: "12AB" }),
      "card.cardNumber",
      /在留カード番号: 英大文字2字/,
      "ja",
    ));
  it("an unknown status code", () =>
    expectFieldError(
      validEmployeeInput({}, { statusCode: "astronaut" }),
      "card.statusCode",
      /Status of residence: is not a known status/,
    ));
  it("a date that does not exist", () =>
    expectFieldError(
      validEmployeeInput({ dateOfBirth: "1995-02-30" }),
      "dateOfBirth",
      /Date of birth: must be a real date/,
    ));
  it("a malformed date", () =>
    expectFieldError(
      validEmployeeInput({}, { periodOfStayExpiresOn: "30/09/2027" }),
      "card.periodOfStayExpiresOn",
      /must be a real date written YYYY-MM-DD/,
    ));
  it("an oversize name", () =>
    expectFieldError(
      validEmployeeInput({ nameOnCard: "A".repeat(101) }),
      "nameOnCard",
      /at most 100 characters/,
    ));
  it("an oversize department, in Japanese", () =>
    expectFieldError(
      validEmployeeInput({ department: "部".repeat(101) }),
      "department",
      /部署: 100文字以内/,
      "ja",
    ));
  it("an end before the start", () =>
    expectFieldError(
      validEmployeeInput({ employmentEndedOn: "2025-03-01" }),
      "employmentEndedOn",
      /must not be before the start date/,
    ));
  it("katakana that is not katakana", () =>
    expectFieldError(validEmployeeInput({ nameKana: "nguyen" }), "nameKana", /katakana/));
  it("an unknown field", () =>
    expectFieldError({ ...validEmployeeInput(), salary: 1 }, "salary", /is not a known field/));
  it("a fixed-period status without its expiry", () =>
    expectFieldError(
      validEmployeeInput({}, { periodOfStayExpiresOn: undefined }),
      "card.periodOfStayExpiresOn",
      /is required for this status/,
    ));
  it("a temporary visitor", () =>
    expectFieldError(
      validEmployeeInput({}, { statusCode: "temporary_visitor" }),
      "card.statusCode",
      /cannot be hired/,
    ));
  it("an unknown nationality", () =>
    expectFieldError(validEmployeeInput({ nationality: "XX" }), "nationality", /country or region/));

  it("good input is stored, the card number encrypted and shown only by its last four", async () => {
    const { id } = await createEmployee(company, validEmployeeInput());
    const [card] =
      await owner`select card_number_encrypted, card_number_last4 from card_records where employee_id = ${id}`;
    expect(card?.card_number_last4).toBe("78CD");
    expect(card?.card_number_encrypted).not.toContain("AB12345678CD");
    expect(card?.card_number_encrypted).toMatch(/^v1\./);
  });
});
