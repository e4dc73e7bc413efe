import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

/**
 * The application connection: role zairyu_app, which owns no table, so every query is subject to
 * row-level security. Tenant tables are reached only through withTenant (db/tenant.ts).
 */
function connect() {
  const sql = postgres(getEnv().APP_DATABASE_URL, { max: 10, idle_timeout: 30, onnotice: () => {} });
  return { sql, db: drizzle(sql, { schema }) };
}

type Connection = ReturnType<typeof connect>;
const globalForDb = globalThis as unknown as { zairyuAppDb?: Connection };

export function appConnection(): Connection {
  globalForDb.zairyuAppDb ??= connect();
  return globalForDb.zairyuAppDb;
}

export type Db = Connection["db"];
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export async function closeAppConnection(): Promise<void> {
  const connection = globalForDb.zairyuAppDb;
  globalForDb.zairyuAppDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}
