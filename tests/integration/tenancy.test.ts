import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { archiveEmployee } from "@/lib/services/archive-employee";
import { getEmployee } from "@/lib/services/get-employee";
import { listEmployees, ZListEmployeesQuery } from "@/lib/services/list-employees";
import { recordCard } from "@/lib/services/record-card";
import { updateEmployee } from "@/lib/services/update-employee";
import { makeCompany, makeEmployee, validEmployeeInput } from "../factories/company";
import { appRoleSql, ownerSql } from "../helpers/db";

let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
let employeeOfA: string;
const owner = ownerSql();
const app = appRoleSql();

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  employeeOfA = (await makeEmployee(a)).id;
});
afterAll(async () => {
  await owner.end();
  await app.end();
});

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "not_found";

describe("company B against company A's employee, through the use cases the UI and API call", () => {
  it("cannot list it", async () => {
    const page = await listEmployees(b, ZListEmployeesQuery.parse({}));
    expect(page.rows.map((r) => r.id)).not.toContain(employeeOfA);
    expect(page.total).toBe(0);
  });

  it("cannot read it", async () => {
    await expect(getEmployee(b, employeeOfA)).rejects.toSatisfy(isNotFound);
  });

  it("cannot edit it", async () => {
    const { card: _card, ...fields } = validEmployeeInput({ nameOnCard: "HIJACKED" });
    await expect(updateEmployee(b, employeeOfA, fields)).rejects.toSatisfy(isNotFound);
    const [row] = await owner`select name_on_card from employees where id = ${employeeOfA}`;
    expect(row?.name_on_card).toBe("NGUYEN VAN AN");
  });

  it("cannot record a card on it", async () => {
    await expect(
      recordCard(b, employeeOfA, { statusCode: "skilled_labor", periodOfStayExpiresOn: "2030-01-01" }),
    ).rejects.toSatisfy(isNotFound);
    const cards = await owner`select count(*)::int as n from card_records where employee_id = ${employeeOfA}`;
    expect(cards[0]?.n).toBe(1);
  });

  it("cannot archive it", async () => {
    await expect(archiveEmployee(b, employeeOfA)).rejects.toSatisfy(isNotFound);
    const [row] = await owner`select archived_at from employees where id = ${employeeOfA}`;
    expect(row?.archived_at).toBeNull();
  });

  it("company A itself can do all of it", async () => {
    expect((await getEmployee(a, employeeOfA)).employee.nameOnCard).toBe("NGUYEN VAN AN");
    expect((await listEmployees(a, ZListEmployeesQuery.parse({}))).total).toBe(1);
  });
});

describe("row-level security alone, with raw SQL as the application role", () => {
  const TENANT_TABLES = [
    "companies",
    "memberships",
    "invitations",
    "workplaces",
    "employees",
    "card_records",
    "audit_log",
  ];

  it("every table with a company_id (or a company id) has RLS enabled and a policy", async () => {
    const rows = await owner`
      select c.relname, c.relrowsecurity, (select count(*) from pg_policies p where p.tablename = c.relname)::int as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col where col.table_name = c.relname and col.column_name = 'company_id') or c.relname = 'companies')`;
    for (const table of TENANT_TABLES) expect(rows.map((r) => r.relname)).toContain(table);
    for (const row of rows) {
      expect(row.relrowsecurity, `${row.relname} has RLS`).toBe(true);
      expect(row.policies, `${row.relname} has a policy`).toBeGreaterThan(0);
    }
  });

  it("without app.company_id the application role sees no tenant rows at all", async () => {
    for (const table of TENANT_TABLES) {
      const [row] = await app.unsafe(`select count(*)::int as n from ${table}`);
      expect(row?.n, table).toBe(0);
    }
  });

  it("set to company B, it sees none of A's rows in any tenant table", async () => {
    await app.begin(async (tx) => {
      await tx`select set_config('app.company_id', ${b.companyId}, true)`;
      for (const table of TENANT_TABLES) {
        const column = table === "companies" ? "id" : "company_id";
        const [row] = await tx.unsafe(`select count(*)::int as n from ${table} where ${column} = $1`, [
          a.companyId,
        ]);
        expect(row?.n, table).toBe(0);
      }
      const updated =
        await tx`update employees set name_on_card = 'X' where id = ${employeeOfA} returning id`;
      expect(updated.length).toBe(0);
      const deleted = await tx`delete from employees where id = ${employeeOfA} returning id`;
      expect(deleted.length).toBe(0);
    });
  });

  it("set to company B, it cannot insert a row that belongs to A", async () => {
    await expect(
      app.begin(async (tx) => {
        await tx`select set_config('app.company_id', ${b.companyId}, true)`;
        await tx`insert into workplaces (company_id, name, address) values (${a.companyId}, 'x', 'y')`;
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("the application role owns no table and cannot rewrite the audit log", async () => {
    const owned =
      await owner`select tablename from pg_tables where schemaname = 'public' and tableowner = 'zairyu_app'`;
    expect(owned).toHaveLength(0);
    await expect(
      app.begin(async (tx) => {
        await tx`select set_config('app.company_id', ${a.companyId}, true)`;
        await tx`update audit_log set action = 'tampered'`;
      }),
    ).rejects.toThrow(/permission denied/);
  });
});

describe("a workplace of another company cannot be attached to an employee", () => {
  it("is refused by field on create and on update, and nothing is written", async () => {
    const { addWorkplace } = await import("@/lib/services/company-profile");
    const { createEmployee } = await import("@/lib/services/create-employee");
    const { id: workplaceOfA } = await addWorkplace(a, { name: "A本社", address: "東京都" });
    const isWorkplaceError = (error: unknown) =>
      error instanceof AppError && error.code === "invalid_input" && error.issues[0]?.field === "workplaceId";
    await expect(createEmployee(b, validEmployeeInput({ workplaceId: workplaceOfA }))).rejects.toSatisfy(
      isWorkplaceError,
    );
    const { id: ownEmployee } = await makeEmployee(b);
    const { card: _card, ...fields } = validEmployeeInput({ workplaceId: workplaceOfA });
    await expect(updateEmployee(b, ownEmployee, fields)).rejects.toSatisfy(isWorkplaceError);
    const [row] = await owner`select workplace_id from employees where id = ${ownEmployee}`;
    expect(row?.workplace_id).toBeNull();
  });
});
