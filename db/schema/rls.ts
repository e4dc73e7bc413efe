import { sql } from "drizzle-orm";
import { type PgColumn, pgPolicy, pgRole } from "drizzle-orm/pg-core";

/** The role the web app and worker connect as. It owns nothing, so row-level security applies to it. */
export const appRole = pgRole("zairyu_app").existing();

/** app.company_id is set per transaction by withTenant; unset (or empty) means no rows at all. */
export const currentCompanyId = sql`nullif(current_setting('app.company_id', true), '')::uuid`;

/** The third wall: a tenant table shows and accepts only rows of the company set on the transaction. */
export function tenantPolicy(column: PgColumn) {
  return pgPolicy("tenant_isolation", {
    as: "permissive",
    for: "all",
    to: appRole,
    using: sql`${column} = ${currentCompanyId}`,
    withCheck: sql`${column} = ${currentCompanyId}`,
  });
}
