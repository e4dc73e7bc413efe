import crypto from "node:crypto";
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
import * as evaluate from "@/app/api/v1/evaluate/route";
import { todayInJapan } from "@/lib/i18n/format";
import { OPERATIONS } from "@/lib/openapi/operations";
import { addWorkplace, getCompanyProfile } from "@/lib/services/company-profile";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { makeCompany, makeEmployee, validEmployeeInput } from "../factories/company";
import { type ApiAnswer, callRoute, makeApiKey } from "../helpers/api";
import { appRoleSql, ownerSql } from "../helpers/db";

const owner = ownerSql();
const app = appRoleSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
let keyB: string;
let employeeA: string;
let dutyA: string;
let workplaceA: string;

beforeAll(async () => {
  a = await makeCompany("A社 (API)");
  b = await makeCompany("B社 (API)");
  await makeApiKey(a);
  keyB = await makeApiKey(b);
  await addWorkplace(a, { name: "A本社", address: "東京都千代田区1-1" });
  workplaceA = (await getCompanyProfile(a)).workplaces[0]?.id as string;
  employeeA = (await makeEmployee(a, { employmentStartedOn: "2024-04-01", workplaceId: workplaceA })).id;
  await recordEvent(a, employeeA, { type: "employment_ended", date: "2026-06-30" });
  const [row] =
    await owner`select id from duties where employee_id = ${employeeA} and status = 'open' limit 1`;
  dutyA = row?.id as string;
});
afterAll(async () => {
  await owner.end();
  await app.end();
});

/** Everything company A holds, hashed: any change by B's key anywhere shows up here. */
async function fingerprintOfA(): Promise<string> {
  const tables = [
    "employees",
    "card_records",
    "events",
    "company_events",
    "duties",
    "notifications",
    "confirmations",
    "webhook_deliveries",
    "idempotency_keys",
  ];
  const parts: string[] = [];
  for (const table of tables)
    parts.push(
      JSON.stringify(
        await owner.unsafe(`select * from ${table} t where company_id = $1 order by t::text`, [a.companyId]),
      ),
    );
  return crypto.createHash("sha256").update(parts.join("\n")).digest("hex");
}

const idOf = () => ({ id: employeeA });
const body = (answer: ApiAnswer) => JSON.stringify(answer.body);

/** Company B's key, company A's ids: one case per documented operation (the test fails if one is missing). */
const CASES: Record<string, () => Promise<ApiAnswer>> = {
  listEmployees: () => callRoute(employees.GET, { path: "/employees?archived=include&limit=200", key: keyB }),
  createEmployee: () =>
    callRoute(employees.POST, {
      method: "POST",
      path: "/employees",
      key: keyB,
      body: validEmployeeInput({ workplaceId: workplaceA }),
    }),
  getEmployee: () => callRoute(employee.GET, { path: `/employees/${employeeA}`, key: keyB, params: idOf() }),
  updateEmployee: () =>
    callRoute(employee.PATCH, {
      method: "PATCH",
      path: `/employees/${employeeA}`,
      key: keyB,
      params: idOf(),
      body: { nameOnCard: "HIJACKED" },
    }),
  archiveEmployee: () =>
    callRoute(archive.POST, {
      method: "POST",
      path: `/employees/${employeeA}/archive`,
      key: keyB,
      params: idOf(),
    }),
  listCards: () => callRoute(cards.GET, { path: `/employees/${employeeA}/cards`, key: keyB, params: idOf() }),
  recordCard: () =>
    callRoute(cards.POST, {
      method: "POST",
      path: `/employees/${employeeA}/cards`,
      key: keyB,
      params: idOf(),
      body: { statusCode: "skilled_labor", periodOfStayExpiresOn: "2030-01-01" },
    }),
  recordEvent: () =>
    callRoute(events.POST, {
      method: "POST",
      path: `/employees/${employeeA}/events`,
      key: keyB,
      params: idOf(),
      body: { type: "card_lost", date: todayInJapan() },
    }),
  recordCompanyEvent: () =>
    callRoute(companyEvents.POST, {
      method: "POST",
      path: "/company-events",
      key: keyB,
      body: { type: "org_dissolved", date: todayInJapan() },
    }),
  listDuties: () => callRoute(duties.GET, { path: `/duties?employeeId=${employeeA}`, key: keyB }),
  getDuty: () => callRoute(duty.GET, { path: `/duties/${dutyA}`, key: keyB, params: { id: dutyA } }),
  confirmDuty: () =>
    callRoute(confirm.POST, {
      method: "POST",
      path: `/duties/${dutyA}/confirm`,
      key: keyB,
      params: { id: dutyA },
      body: { filedOn: todayInJapan(), channel: "online" },
    }),
  evaluate: () =>
    callRoute(evaluate.POST, {
      method: "POST",
      path: "/evaluate",
      key: keyB,
      body: { asOf: "2026-04-01", person: { status: "student" } },
    }),
};

describe("company B's API key against company A, on every documented operation", () => {
  it("has a case for every operation", () => {
    expect(Object.keys(CASES).sort()).toEqual(OPERATIONS.map((op) => op.id).sort());
  });

  it.each(OPERATIONS.map((op) => [op.id] as const))("%s: no read of A's data, no write to it", async (id) => {
    const before = await fingerprintOfA();
    const answer = await CASES[id]?.();
    if (!answer) throw new Error(`no case for ${id}`);
    expect(answer.status, body(answer)).not.toBe(500);
    expect(body(answer)).not.toContain(employeeA);
    expect(body(answer)).not.toContain(dutyA);
    expect(body(answer)).not.toContain(workplaceA);
    expect(body(answer)).not.toContain(a.companyId);
    // Reads by id and writes by id are plain 404s: B cannot even learn that A's ids exist.
    if (/\{id\}/.test(OPERATIONS.find((op) => op.id === id)?.path ?? "")) expect(answer.status).toBe(404);
    expect(await fingerprintOfA()).toBe(before);
  });

  it("B cannot attach its employee to A's workplace, nor to an unknown one (a field error, not a database error)", async () => {
    for (const workplaceId of [workplaceA, crypto.randomUUID()]) {
      const answer = await callRoute(employees.POST, {
        method: "POST",
        path: "/employees",
        key: keyB,
        body: validEmployeeInput({ workplaceId }),
      });
      expect(answer.status).toBe(400);
      expect((answer.body as { error: { field: string } }).error.field).toBe("workplaceId");
    }
    const linked =
      await owner`select count(*)::int as n from employees where company_id = ${b.companyId} and workplace_id = ${workplaceA}`;
    expect(linked[0]?.n).toBe(0);
  });

  it("a list filtered by A's employee id is empty for B, and B's company event touches only B", async () => {
    const page = (await CASES.listDuties?.())?.body as { data: unknown[] };
    expect(page.data).toEqual([]);
    const [aEvents] =
      await owner`select count(*)::int as n from events where company_id = ${a.companyId} and type = 'org_dissolved'`;
    expect(aEvents?.n).toBe(0);
  });
});

describe("row-level security alone on the integration tables", () => {
  it("as the app role set to B, none of A's API keys, idempotency keys, endpoints or deliveries are visible", async () => {
    await app.begin(async (tx) => {
      await tx`select set_config('app.company_id', ${b.companyId}, true)`;
      for (const table of [
        "api_keys",
        "idempotency_keys",
        "webhook_endpoints",
        "webhook_deliveries",
        "confirmations",
      ]) {
        const [row] = await tx.unsafe(`select count(*)::int as n from ${table} where company_id = $1`, [
          a.companyId,
        ]);
        expect(row?.n, table).toBe(0);
      }
      const updated =
        await tx`update api_keys set revoked_at = now() where company_id = ${a.companyId} returning id`;
      expect(updated).toHaveLength(0);
    });
  });
});
