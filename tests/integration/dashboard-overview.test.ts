import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getEmployeeTimeline } from "@/lib/services/dashboard/employee-timeline";
import { getOverview } from "@/lib/services/dashboard/get-overview";
import { listEmployeeTable } from "@/lib/services/dashboard/list-employee-table";
import { recordCardCheck } from "@/lib/services/data/card-checks";
import { recordCard } from "@/lib/services/record-card";
import { ZEmployeeTableQuery } from "@/lib/validation/employee-table";
import { makeCompany, makeEmployee } from "../factories/company";
import { insertDuty, insertEvent, insertNotification } from "../factories/dashboard";
import { ownerSql } from "../helpers/db";

// A fixed "today" (a Monday): the services take the day as an argument, so nothing here reads the clock.
const TODAY = "2026-06-15";
const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
const ids: Record<string, string> = {};
const okCheck = {
  checkedOn: "2026-06-01",
  originalSeen: true,
  lapseCheckDone: true,
  icChipRead: true,
  result: "ok",
};

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  const add = async (key: string, person: Record<string, unknown>, card: Record<string, unknown>) => {
    ids[key] = (await makeEmployee(a, { nameOnCard: key, nameKana: "テスト", ...person }, card)).id;
  };
  await add("EXPIRED", { department: "製造" }, { periodOfStayExpiresOn: "2026-05-31" });
  await add(
    "NOPERMIT",
    { nameKana: "タナカ" },
    { statusCode: "student", periodOfStayExpiresOn: "2027-03-31" },
  );
  await add("SPECIAL", {}, { periodOfStayExpiresOn: "2026-06-10", renewalAppliedOn: "2026-06-01" });
  await add("WINDOW", { department: "製造" }, { periodOfStayExpiresOn: "2026-08-20" });
  await add("OK", { nameKana: "グエン ヴァン アン" }, { periodOfStayExpiresOn: "2028-01-31" });
  await add(
    "GRAD",
    {},
    { statusCode: "student", extraActivityPermission: "comprehensive", periodOfStayExpiresOn: "2027-03-31" },
  );
  for (let i = 1; i <= 7; i++)
    await add(`FILLER ${i}`, { nameKana: "サトウ" }, { periodOfStayExpiresOn: "2029-01-01" });
  const at = (key: string) => ({ companyId: a.companyId, employeeId: ids[key] ?? "" });
  await insertEvent(owner, at("GRAD"), "graduated", "2026-03-20");
  await insertDuty(owner, at("OK"), { code: "isa_contract_org_notification", dueDate: "2026-06-01" });
  await insertDuty(owner, at("OK"), { code: "hw_employment_report", dueDate: "2026-09-01" });
  await insertDuty(owner, at("OK"), { code: "card_reissue", dueDate: "2026-05-01" }, { status: "closed" });
  await insertDuty(owner, at("WINDOW"), {
    code: "address_notification",
    dueDate: "2026-06-20",
    toConfirm: true,
  });
  await insertNotification(owner, at("EXPIRED"), "failed");
  await insertNotification(owner, at("OK"), "sent");
  await recordCardCheck(a, ids.OK ?? "", okCheck, TODAY);
  await recordCardCheck(a, ids["FILLER 1"] ?? "", { ...okCheck, result: "problem" }, TODAY);
});
afterAll(async () => {
  await owner.end();
});

const table = (ctx: typeof a, query: Record<string, unknown>) =>
  listEmployeeTable(ctx, ZEmployeeTableQuery.parse(query), TODAY);
const names = (rows: { nameOnCard: string }[]) => rows.map((r) => r.nameOnCard).sort();

describe("overview: every count the issue lists, decided by the engine and the stored duties", () => {
  it("counts and lists the risks of company A, most urgent first", async () => {
    const o = await getOverview(a, TODAY);
    expect(o.employees).toBe(13);
    expect(o.cannotWork.items.map((r) => [r.nameOnCard, r.reason, r.date])).toEqual([
      ["NOPERMIT", "no_permission", null],
      ["GRAD", "graduated", "2026-03-20"],
      ["EXPIRED", "expired", "2026-06-01"],
    ]);
    // Expiry 06-10 with an application on 06-01: may work until the end of 2 months from expiry (RULES R4).
    expect(o.specialPeriod.items.map((r) => [r.nameOnCard, r.date])).toEqual([["SPECIAL", "2026-08-10"]]);
    // Window opens 3 months before 08-20, i.e. 05-20, before today.
    expect(o.renewalWindow.items.map((r) => [r.nameOnCard, r.date])).toEqual([["WINDOW", "2026-08-20"]]);
    // The pipeline stored each card's renewal duty at registration; EXPIRED's is overdue too.
    expect(o.overdue.items.map((d) => [d.nameOnCard, d.code, d.dueDate])).toEqual([
      ["EXPIRED", "period_of_stay_renewal", "2026-05-31"],
      ["OK", "isa_contract_org_notification", "2026-06-01"],
    ]);
    expect(o.dueSoon.items.map((d) => [d.nameOnCard, d.dueDate, d.toConfirm])).toEqual([
      ["WINDOW", "2026-06-20", true],
    ]);
    // 13 employees, one checked OK; a "problem" check does not verify a card.
    expect(o.unverifiedCards.count).toBe(12);
    expect(o.failedEmails.count).toBe(1);
    expect(o.failedEmails.items[0]?.nameOnCard).toBe("EXPIRED");
  });

  it("a renewal recorded as a new card ends the special period and asks for a new card check", async () => {
    const o = await getOverview(a, "2026-08-11");
    expect(o.specialPeriod.count).toBe(0);
    expect(o.cannotWork.items.map((r) => r.nameOnCard)).toContain("SPECIAL");
  });
});

describe("overview: the engine's answers are reused only for unchanged facts", () => {
  it("shows HR's change at once, the same day, and repeats an unchanged view exactly", async () => {
    const c = await makeCompany("C社");
    const { id } = await makeEmployee(c, { nameOnCard: "RENEWING" }, { periodOfStayExpiresOn: "2026-08-20" });
    const before = await getOverview(c, TODAY);
    expect(before.renewalWindow.items.map((r) => r.nameOnCard)).toEqual(["RENEWING"]);
    expect(await getOverview(c, TODAY)).toEqual(before);
    await recordCard(c, id, { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2029-08-20" });
    const after = await getOverview(c, TODAY);
    expect([after.renewalWindow.count, after.cannotWork.count, after.specialPeriod.count]).toEqual([0, 0, 0]);
    await recordCard(c, id, { statusCode: "student", periodOfStayExpiresOn: "2027-03-31" });
    const student = await getOverview(c, TODAY);
    expect(student.cannotWork.items.map((r) => [r.nameOnCard, r.reason])).toEqual([
      ["RENEWING", "no_permission"],
    ]);
  });
});

describe("employee table: filters, search, sort and pages in SQL", () => {
  it("filters by the overview's risk sets, so each count links to the same list", async () => {
    expect(names((await table(a, { risk: "cannot_work" })).rows)).toEqual(["EXPIRED", "GRAD", "NOPERMIT"]);
    expect(names((await table(a, { risk: "special_period" })).rows)).toEqual(["SPECIAL"]);
    expect(names((await table(a, { risk: "renewal_window" })).rows)).toEqual(["WINDOW"]);
    expect((await table(a, { risk: "unverified" })).total).toBe(12);
  });

  it("filters by duty state, status, expiry range, department", async () => {
    expect(names((await table(a, { duty: "overdue" })).rows)).toEqual(["EXPIRED", "OK"]);
    expect(names((await table(a, { duty: "due_soon" })).rows)).toEqual(["WINDOW"]);
    // Only SPECIAL has no open duty: its renewal was applied for.
    expect(names((await table(a, { duty: "none" })).rows)).toEqual(["SPECIAL"]);
    expect(names((await table(a, { status: "student" })).rows)).toEqual(["GRAD", "NOPERMIT"]);
    expect(names((await table(a, { expiryFrom: "2026-06-01", expiryTo: "2026-08-31" })).rows)).toEqual([
      "SPECIAL",
      "WINDOW",
    ]);
    expect(names((await table(a, { department: "製造" })).rows)).toEqual(["EXPIRED", "WINDOW"]);
  });

  it("searches romaji and katakana, forgiving hiragana, half-width kana, case and spaces", async () => {
    for (const q of ["グエン", "ぐえんゔぁん", "ｸﾞｴﾝ ｳﾞｧﾝ", "ok"])
      expect(names((await table(a, { q })).rows), q).toEqual(["OK"]);
    expect((await table(a, { q: "filler" })).total).toBe(7);
    expect((await table(a, { q: "%" })).total).toBe(0);
  });

  it("sorts by next due date and pages", async () => {
    const byDue = await table(a, { sort: "due" });
    expect(
      byDue.rows.slice(0, 3).map((r) => [r.nameOnCard, r.nextDueDate, r.overdueCount, r.dueSoonCount]),
    ).toEqual([
      ["EXPIRED", "2026-05-31", 1, 0],
      ["OK", "2026-06-01", 1, 0],
      ["WINDOW", "2026-06-20", 0, 1],
    ]);
    expect(byDue.rows.at(-1)?.nameOnCard).toBe("SPECIAL");
    const page2 = await table(a, { pageSize: 10, page: 2 });
    expect(page2.total).toBe(13);
    expect(page2.pageCount).toBe(2);
    expect(page2.rows).toHaveLength(3);
    const beyond = await table(a, { pageSize: 10, page: 9 });
    expect([beyond.rows.length, beyond.total]).toEqual([0, 13]);
  });

  it("shows the engine's work state per row", async () => {
    const { rows } = await table(a, { q: "SPECIAL" });
    expect(rows[0]?.work).toEqual({ state: "special_period", until: "2026-08-10" });
  });
});

describe("employee timeline", () => {
  it("merges cards, duties with their reasons, emails, checks and audit entries", async () => {
    const t = await getEmployeeTimeline(a, ids.OK ?? "", TODAY);
    expect(t.evaluation?.work.state).toBe("authorized");
    expect(t.duties.map((d) => [d.code, d.status])).toEqual([
      ["isa_contract_org_notification", "open"],
      ["hw_employment_report", "open"],
      ["period_of_stay_renewal", "open"],
      ["card_reissue", "closed"],
    ]);
    expect(t.duties[0]?.explanation?.en).toContain("14 days");
    const kinds = new Set(t.items.map((i) => i.kind));
    for (const kind of ["card", "duty", "email", "check", "audit"]) expect(kinds, kind).toContain(kind);
    const actions = t.items.flatMap((i) => (i.kind === "audit" ? [i.action] : []));
    expect(actions).toEqual(expect.arrayContaining(["employee.created", "card_check.recorded"]));
  });
});

describe("company B with company A's ids", () => {
  const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";

  it("sees nothing of A in its overview or table", async () => {
    const o = await getOverview(b, TODAY);
    expect([
      o.employees,
      o.cannotWork.count,
      o.overdue.count,
      o.dueSoon.count,
      o.specialPeriod.count,
      o.renewalWindow.count,
      o.unverifiedCards.count,
      o.failedEmails.count,
    ]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    for (const query of [
      {},
      { risk: "cannot_work" },
      { duty: "overdue" },
      { q: "OK" },
      { risk: "unverified" },
    ])
      expect((await table(b, query)).total).toBe(0);
  });

  it("cannot read A's timeline or record a check on A's employee", async () => {
    await expect(getEmployeeTimeline(b, ids.OK ?? "", TODAY)).rejects.toSatisfy(isNotFound);
    await expect(recordCardCheck(b, ids.EXPIRED ?? "", okCheck, TODAY)).rejects.toSatisfy(isNotFound);
    const [row] =
      await owner`select count(*)::int as n from card_checks where employee_id = ${ids.EXPIRED ?? ""}`;
    expect(row?.n).toBe(0);
  });
});
