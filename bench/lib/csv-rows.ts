import { statusInfo } from "@/lib/compliance";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { EMPLOYEE_COLUMNS } from "@/lib/validation/csv";
import type { CompanyFacts } from "./people";
import { generatePerson } from "./people";
import { prng } from "./prng";

const JA_REGION = new Intl.DisplayNames(["ja"], { type: "region" });
const YES_NO = (b: boolean) => (b ? "はい" : "いいえ");

/**
 * A new customer's employee file as HR would export it from their old system: the import template's
 * Japanese headers, Japanese words for statuses, nationalities and yes/no, UTF-8 with a BOM. People are
 * the world generator's (same distribution), all currently employed. `from` numbers the rows so several
 * files of one company never repeat an employee number.
 */
export function employeeCsv(rows: number, from: number, today: number, seed: number): Buffer {
  const rand = prng(seed);
  const company: CompanyFacts = {
    id: "new",
    ord: seed,
    size: rows,
    signupDay: today,
    workplaceIds: [],
    events: [],
  };
  const header = EMPLOYEE_COLUMNS.map((c) => c.ja);
  const lines: string[][] = [header];
  for (let i = 0; i < rows; i++) {
    const p = generatePerson(rand, company, from + i, today);
    const card = p.cards.at(-1);
    if (!card) throw new Error("a generated person without a card");
    const value: Record<string, string> = {
      employeeNumber: p.employeeNumber,
      nameOnCard: p.nameOnCard,
      nameKana: p.nameKana ?? "",
      nationality: JA_REGION.of(p.nationality) ?? p.nationality,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex === "M" ? "男" : "女",
      email: p.email ?? "",
      preferredLanguage: p.preferredLanguage,
      department: p.department ?? "",
      employmentStartedOn: p.employmentStartedOn,
      contractConcludedOn: p.contractConcludedOn ?? "",
      employmentInsurance: YES_NO(p.employmentInsurance),
      isWorker: YES_NO(p.isWorker),
      "card.statusCode": statusInfo(card.statusCode).ja,
      "card.holderRole": card.holderRole,
      "card.hsp2Activity": card.hsp2Activity ?? "",
      "card.periodOfStayExpiresOn": card.periodOfStayExpiresOn ?? "",
      "card.cardExpiresOn": card.cardExpiresOn ?? "",
      "card.cardNumber": card.cardNumber,
      "card.extraActivityPermission": card.extraActivityPermission === "comprehensive" ? "包括許可" : "なし",
    };
    lines.push(EMPLOYEE_COLUMNS.map((c) => value[c.path] ?? ""));
  }
  return encodeCsv(lines, "utf-8");
}
