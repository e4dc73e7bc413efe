import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as companyEvents from "@/app/api/v1/company-events/route";
import * as confirm from "@/app/api/v1/duties/[id]/confirm/route";
import * as duty from "@/app/api/v1/duties/[id]/route";
import * as duties from "@/app/api/v1/duties/route";
import * as archive from "@/app/api/v1/employees/[id]/archive/route";
import * as cards from "@/app/api/v1/employees/[id]/cards/route";
import * as events from "@/app/api/v1/employees/[id]/events/route";
import * as employee from "@/app/api/v1/employees/[id]/route";
import * as employees from "@/app/api/v1/employees/route";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany, validEmployeeInput } from "../factories/company";
import { callRoute, errorOf, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let company: Awaited<ReturnType<typeof makeCompany>>;
let key: string;
type Row = Record<string, unknown> & { id: string };
type Page = { data: Row[]; nextCursor: string | null };

beforeAll(async () => {
  company = await makeCompany("リソース株式会社");
  key = await makeApiKey(company);
});
afterAll(() => owner.end());

const post = (
  handler: typeof employees.POST,
  path: string,
  body: unknown,
  params: Record<string, string> = {},
) => callRoute(handler, { method: "POST", path, key, body, params });

describe("employees", () => {
  it("creates (201, masked card), reads back, and never returns the card number", async () => {
    const created = await post(
      employees.POST,
      "/employees",
      validEmployeeInput({ nameOnCard: "LE THI HOA" }, { cardNumber: "ZX11112222YW" }),
    );
    expect(created.status).toBe(201);
    const body = created.body as Row & { currentCard: Row };
    expect(body.currentCard.cardNumberMasked).toBe("********22YW");
    // The engine ran in the same transaction: engineer until 2027-09-30 may work.
    expect(body.workAuthorization).toEqual({ state: "authorized", until: "2027-09-30" });
    expect(JSON.stringify(body)).not.toContain("ZX11112222YW");
    const read = await callRoute(employee.GET, {
      path: `/employees/${body.id}`,
      key,
      params: { id: body.id },
    });
    expect(read.body).toEqual(body);
  });

  it("pages by cursor without gaps or repeats, and filters", async () => {
    for (let i = 0; i < 5; i++)
      await post(
        employees.POST,
        "/employees",
        validEmployeeInput(
          { nameOnCard: `PAGE PERSON ${i}` },
          { statusCode: "skilled_labor", periodOfStayExpiresOn: `2027-0${i + 1}-15` },
        ),
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await callRoute(employees.GET, {
        path: `/employees?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        key,
      });
      expect(answer.status).toBe(200);
      const page = answer.body as Page;
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    const [total] =
      await owner`select count(*)::int as n from employees where company_id = ${company.companyId} and archived_at is null`;
    expect(seen).toHaveLength(total?.n as number);
    expect(new Set(seen).size).toBe(seen.length);
    const skilled = (
      await callRoute(employees.GET, {
        path: "/employees?status=skilled_labor&expiresOnOrBefore=2027-03-15",
        key,
      })
    ).body as Page;
    expect(skilled.data.map((e) => e.nameOnCard)).toEqual([
      "PAGE PERSON 0",
      "PAGE PERSON 1",
      "PAGE PERSON 2",
    ]);
    const byName = (
      await callRoute(employees.GET, { path: `/employees?q=${encodeURIComponent("page person 4")}`, key })
    ).body as Page;
    expect(byName.data).toHaveLength(1);
  });

  it("names the query parameter at fault: bad limit, unknown parameter, tampered cursor, repeated parameter", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["stauts=open", "stauts"],
      ["cursor=abc", "cursor"],
      ["limit=1&limit=2", "limit"],
      ["expiresOnOrBefore=2027-02-30", "expiresOnOrBefore"],
    ] as const) {
      const answer = await callRoute(employees.GET, { path: `/employees?${query}`, key });
      expect(answer.status, query).toBe(400);
      expect(errorOf(answer).field, query).toBe(field);
    }
  });

  it("treats an empty query parameter as not given, and speaks Japanese when asked", async () => {
    expect((await callRoute(employees.GET, { path: "/employees?q=&status=", key })).status).toBe(200);
    const answer = await callRoute(employees.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput({ nameKana: "abc" }),
      headers: { "accept-language": "ja,en;q=0.8" },
    });
    expect(errorOf(answer)).toMatchObject({
      field: "nameKana",
      message: "氏名 (カタカナ): カタカナで入力してください",
    });
  });

  it("PATCH changes only what is sent, clears a date with null, and checks the whole record", async () => {
    const created = (
      await post(
        employees.POST,
        "/employees",
        validEmployeeInput({ nameOnCard: "PATCH ME", department: "Sales", employmentEndedOn: "2026-12-31" }),
      )
    ).body as Row;
    const params = { id: created.id };
    const patched = await callRoute(employee.PATCH, {
      method: "PATCH",
      path: `/employees/${created.id}`,
      key,
      params,
      body: { department: "Engineering", employmentEndedOn: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      nameOnCard: "PATCH ME",
      department: "Engineering",
      employmentEndedOn: null,
      preferredLanguage: "vi",
      email: "an@example.test",
    });
    const before = await owner`select * from employees where id = ${created.id}`;
    const bad = await callRoute(employee.PATCH, {
      method: "PATCH",
      path: `/employees/${created.id}`,
      key,
      params,
      body: { department: "X", employmentEndedOn: "2020-01-01" },
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).field).toBe("employmentEndedOn");
    expect(await owner`select * from employees where id = ${created.id}`).toEqual(before);
    const unknown = await callRoute(employee.PATCH, {
      method: "PATCH",
      path: `/employees/${created.id}`,
      key,
      params,
      body: { card: { statusCode: "student" } },
    });
    expect(errorOf(unknown).field).toBe("card");
  });

  it("archives once (then 404), and records a new card as current with the old one kept", async () => {
    const created = (
      await post(employees.POST, "/employees", validEmployeeInput({ nameOnCard: "CARD RENEWER" }))
    ).body as Row;
    const params = { id: created.id };
    const card = await post(
      cards.POST,
      `/employees/${created.id}/cards`,
      { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2031-09-30", cardNumber: "QQ12345678RR" },
      params,
    );
    expect(card.status).toBe(201);
    expect(card.body).toMatchObject({
      isCurrent: true,
      periodOfStayExpiresOn: "2031-09-30",
      cardNumberMasked: "********78RR",
    });
    const history = (await callRoute(cards.GET, { path: `/employees/${created.id}/cards`, key, params }))
      .body as { data: Row[] };
    expect(history.data.map((c) => c.isCurrent)).toEqual([true, false]);
    const archived = await post(archive.POST, `/employees/${created.id}/archive`, undefined, params);
    expect(archived.status).toBe(200);
    expect((archived.body as Row).archivedAt).toEqual(expect.any(String));
    expect((await post(archive.POST, `/employees/${created.id}/archive`, undefined, params)).status).toBe(
      404,
    );
  });
});

describe("events and duties", () => {
  it("an event answers with the duties it started, computed in the same transaction", async () => {
    const created = (
      await post(
        employees.POST,
        "/employees",
        validEmployeeInput({ nameOnCard: "CONTRACT END", employmentStartedOn: "2024-04-01" }),
      )
    ).body as Row;
    const recorded = await post(
      events.POST,
      `/employees/${created.id}/events`,
      { type: "employment_ended", date: "2026-06-30" },
      { id: created.id },
    );
    expect(recorded.status).toBe(201);
    const body = recorded.body as { event: Row; duties: Row[] };
    expect(body.event).toMatchObject({
      employeeId: created.id,
      type: "employment_ended",
      date: "2026-06-30",
    });
    // 19-16 contract organisation: 14 days from the day after Tue 2026-06-30 → Tue 2026-07-14.
    expect(body.duties.map((d) => [d.code, d.dueDate, d.eventId])).toContainEqual([
      "isa_contract_org_notification",
      "2026-07-14",
      body.event.id,
    ]);
    const listed = (
      await callRoute(duties.GET, { path: `/duties?employeeId=${created.id}&status=open`, key })
    ).body as Page;
    for (const d of body.duties) expect(listed.data.map((x) => x.id)).toContain(d.id);
    const invalid = await post(
      events.POST,
      `/employees/${created.id}/events`,
      { type: "employment_ended", date: "2026-06-31" },
      { id: created.id },
    );
    expect(errorOf(invalid).field).toBe("date");
  });

  it("confirm closes a duty once (then 409), refuses a future filing date, and stops its reminders", async () => {
    const created = (
      await post(
        employees.POST,
        "/employees",
        validEmployeeInput({ nameOnCard: "CONFIRMER", employmentStartedOn: "2024-04-01" }),
      )
    ).body as Row;
    const { duties: started } = (
      await post(
        events.POST,
        `/employees/${created.id}/events`,
        { type: "employment_ended", date: "2026-06-30" },
        { id: created.id },
      )
    ).body as { duties: Row[] };
    const target = started.find((d) => d.code === "isa_contract_org_notification");
    if (!target) throw new Error("no 19-16 duty");
    const params = { id: target.id };
    const future = await post(
      confirm.POST,
      `/duties/${target.id}/confirm`,
      { filedOn: "2999-01-01", channel: "online" },
      params,
    );
    expect([future.status, errorOf(future).field]).toEqual([400, "filedOn"]);
    const closed = await post(
      confirm.POST,
      `/duties/${target.id}/confirm`,
      { filedOn: todayInJapan(), channel: "online", receiptNumber: "R-1" },
      params,
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    const again = await post(
      confirm.POST,
      `/duties/${target.id}/confirm`,
      { filedOn: todayInJapan(), channel: "online" },
      params,
    );
    expect(again.status).toBe(409);
    const pending =
      await owner`select count(*)::int as n from notifications where duty_id = ${target.id} and status = 'pending'`;
    expect(pending[0]?.n).toBe(0);
    const [confirmation] =
      await owner`select submitted_by, status, receipt_number from confirmations where duty_id = ${target.id}`;
    expect(confirmation).toEqual({ submitted_by: "api", status: "accepted", receipt_number: "R-1" });
    expect((await callRoute(duty.GET, { path: `/duties/${target.id}`, key, params })).body).toMatchObject({
      status: "closed",
    });
  });

  it("a company event fans out and reports its reach", async () => {
    const answer = await post(companyEvents.POST, "/company-events", {
      type: "org_address_changed",
      date: todayInJapan(),
      detail: "東京都港区芝公園4-2-8",
    });
    expect(answer.status).toBe(201);
    const body = answer.body as { employeesAffected: number; dutiesCreated: number };
    const [active] =
      await owner`select count(*)::int as n from employees where company_id = ${company.companyId} and archived_at is null and (employment_ended_on is null or employment_ended_on >= ${todayInJapan()}::date)`;
    expect(body.employeesAffected).toBe(active?.n);
    expect(body.dutiesCreated).toBeGreaterThan(0);
  });
});

describe("operations without a body", () => {
  it("refuse one rather than ignore it, and write nothing", async () => {
    const created = (await post(employees.POST, "/employees", validEmployeeInput({ nameOnCard: "NO BODY" })))
      .body as Row;
    const answer = await post(
      archive.POST,
      `/employees/${created.id}/archive`,
      { reason: "left" },
      { id: created.id },
    );
    expect([answer.status, errorOf(answer).field]).toEqual([400, "body"]);
    const [row] = await owner`select archived_at from employees where id = ${created.id}`;
    expect(row?.archived_at).toBeNull();
  });
});
