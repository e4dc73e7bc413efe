import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
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

const dialect = new PgDialect();

/**
 * withTenant for one read statement, in one round trip instead of four: BEGIN, set_config, the
 * statement and COMMIT are pipelined on one reserved connection, so row-level security sees
 * app.company_id exactly as inside withTenant. If a statement fails, PostgreSQL aborts the transaction
 * and the COMMIT answers ROLLBACK; the error is thrown. Rows come back raw (column names as written).
 */
export function readAsTenant<T extends Record<string, unknown>>(
  ctx: TenantContext,
  statement: SQL,
): Promise<T[]> {
  return pipelinedRead(ctx, statement, false) as Promise<T[]>;
}

/** readAsTenant with each row as an array of its columns' bytes, undecoded (null for SQL NULL). */
export function readBytesAsTenant(ctx: TenantContext, statement: SQL): Promise<(Buffer | null)[][]> {
  return pipelinedRead(ctx, statement, true) as Promise<(Buffer | null)[][]>;
}

async function pipelinedRead(ctx: TenantContext, statement: SQL, isRaw: boolean): Promise<unknown[]> {
  if (!UUID.test(ctx.companyId)) throw new Error("readAsTenant needs a company id");
  const query = dialect.sqlToQuery(statement);
  const conn = await appConnection().sql.reserve();
  const read = conn.unsafe(query.sql, query.params as never[], { prepare: true });
  // Executed in this order, written together (postgres.js batches the writes of one tick).
  const steps = [
    conn`begin`.execute(),
    conn`select set_config('app.company_id', ${ctx.companyId}, true)`.execute(),
    (isRaw ? read.raw() : read).execute(),
    conn`commit`.execute(),
  ] as const;
  const [begin, setting, rows, commit] = await Promise.allSettled(steps);
  // A COMMIT answered means the connection is idle again and can go back to the pool. If it failed, the
  // connection is gone: postgres.js has already set it aside to reconnect, and releasing it would put
  // a dead connection back in the pool.
  if (commit.status === "fulfilled") conn.release();
  for (const step of [begin, setting, rows, commit]) if (step.status === "rejected") throw step.reason;
  return (rows as PromiseFulfilledResult<unknown[]>).value;
}
