import { sql } from "drizzle-orm";
import { appConnection, type Tx } from "./client";

export type TenantContext = { companyId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one door to tenant data: one transaction with app.company_id set locally, so row-level security
 * shows and accepts only that company's rows. The company id is required; there is no default.
 */
export async function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(ctx.companyId)) throw new Error("withTenant needs a company id");
  return appConnection().db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.company_id', ${ctx.companyId}, true)`);
    return fn(tx);
  });
}
