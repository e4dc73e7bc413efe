import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeMailer } from "@/lib/email/mailer";
import { closeRedis } from "@/lib/redis";
import { makeCompany } from "../factories/company";
import { type FullTenant, makeFullTenant } from "../factories/full-tenant";
import { appRoleSql, ownerSql } from "../helpers/db";

/**
 * Row-level security alone, for every tenant table the catalogue knows (every table with a company_id,
 * plus companies), not a hand-kept list: a table added later is covered, and if company A's fixture
 * has no row in it the first test fails and names it. Raw SQL as the application role, no app code.
 */
const owner = ownerSql();
const app = appRoleSql();
let a: FullTenant;
let b: Awaited<ReturnType<typeof makeCompany>>;
let tables: { name: string; column: string }[] = [];

beforeAll(async () => {
  a = await makeFullTenant("RLS", owner);
  b = await makeCompany("RLS検査B株式会社");
  const rows = await owner<{ table_name: string }[]>`
    select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and c.column_name = 'company_id' and t.table_type = 'BASE TABLE' order by 1`;
  tables = [
    { name: "companies", column: "id" },
    ...rows.map((r) => ({ name: r.table_name, column: "company_id" })),
  ];
});
afterAll(async () => {
  await owner.end();
  await app.end();
  await closeRedis();
  closeMailer();
});

const asCompany = <T>(companyId: string | null, fn: (tx: typeof app) => Promise<T>) =>
  app.begin(async (tx) => {
    if (companyId) await tx`select set_config('app.company_id', ${companyId}, true)`;
    return fn(tx as unknown as typeof app);
  }) as Promise<T>;

const countOf = async (sql: typeof app, table: { name: string; column: string }, companyId: string) =>
  Number(
    (
      await sql.unsafe(`select count(*)::int as n from "${table.name}" where "${table.column}" = $1`, [
        companyId,
      ])
    )[0]?.n,
  );

describe("row-level security on every tenant table in the catalogue", () => {
  it("finds the tables, and company A has rows in each (so every check below can fail)", async () => {
    expect(tables.length).toBeGreaterThanOrEqual(20);
    const empty: string[] = [];
    for (const table of tables)
      if ((await countOf(owner, table, a.ids.companyId)) === 0) empty.push(table.name);
    expect(empty, "tables with no row of company A: add them to tests/factories/full-tenant.ts").toEqual([]);
  });

  it("each has RLS enabled, a policy for the app role, and is not owned by it", async () => {
    const rows = await owner<
      { relname: string; relrowsecurity: boolean; owner: string; policies: string[] }[]
    >`
      select c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner) as owner,
        array(select p.policyname from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname and 'zairyu_app' = any(p.roles)) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relname = any(${tables.map((t) => t.name)})`;
    expect(rows.map((r) => r.relname).sort()).toEqual(tables.map((t) => t.name).sort());
    for (const row of rows) {
      expect(row.relrowsecurity, `${row.relname}: RLS enabled`).toBe(true);
      expect(row.policies.length, `${row.relname}: a policy for zairyu_app`).toBeGreaterThan(0);
      expect(row.owner, `${row.relname}: owner`).not.toBe("zairyu_app");
    }
  });

  it("without app.company_id the app role sees no row of any tenant table", async () => {
    for (const table of tables) {
      const [row] = await asCompany(null, (tx) =>
        tx.unsafe(`select count(*)::int as n from "${table.name}"`),
      );
      expect(row?.n, table.name).toBe(0);
    }
  });

  it("set to company B it reads, updates and deletes none of A's rows", async () => {
    for (const table of tables) {
      const seen = await asCompany(b.companyId, (tx) => countOf(tx, table, a.ids.companyId));
      expect(seen, `${table.name}: read`).toBe(0);
      // A no-op update and a delete, each refused or matching nothing (the audit log forbids both outright).
      for (const statement of [
        `update "${table.name}" set "${table.column}" = "${table.column}" where "${table.column}" = $1 returning 1`,
        `delete from "${table.name}" where "${table.column}" = $1 returning 1`,
      ]) {
        const outcome = await asCompany(b.companyId, (tx) => tx.unsafe(statement, [a.ids.companyId])).then(
          (rows) => `${rows.length} rows`,
          (error: Error) => (/permission denied/.test(error.message) ? "0 rows" : error.message),
        );
        expect(outcome, `${table.name}: ${statement.split(" ")[0]}`).toBe("0 rows");
      }
      expect(await countOf(owner, table, a.ids.companyId), `${table.name}: still there`).toBeGreaterThan(0);
    }
  });

  it("set to company B it cannot insert a row that belongs to A (a copy of A's own row, new id)", async () => {
    for (const table of tables) {
      const [template] = await owner.unsafe(
        `select to_jsonb(t) as row from "${table.name}" t where "${table.column}" = $1 limit 1`,
        [a.ids.companyId],
      );
      const original = template?.row as Record<string, unknown>;
      // A fresh id where the table has its own (uuid or bigint), so only the policy can refuse the row.
      const row =
        table.name === "companies"
          ? original
          : { ...original, id: typeof original.id === "string" ? crypto.randomUUID() : null };
      const error = await asCompany(b.companyId, (tx) =>
        tx.unsafe(
          `insert into "${table.name}" select * from jsonb_populate_record(null::"${table.name}", $1::jsonb)`,
          [row as never],
        ),
      ).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(error, `${table.name}: insert as B`).toMatch(/row-level security|permission denied/);
    }
  });

  it("set to company B it cannot move one of its own rows into A", async () => {
    const error = await asCompany(
      b.companyId,
      (tx) => tx`update memberships set company_id = ${a.ids.companyId} where company_id = ${b.companyId}`,
    ).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/row-level security/);
  });
});
