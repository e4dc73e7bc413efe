import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

/**
 * The system connection (the schema owner, which row-level security does not restrict). Only for work
 * that is by nature across tenants or before a tenant is known: Auth.js user lookups, resolving a
 * membership at sign-in, the worker's sweeps, API-key lookup by hash. Functions using it are named
 * `unsafe…` or live in lib/services/system/.
 */
function connect() {
  const sql = postgres(getEnv().DATABASE_URL, { max: 5, idle_timeout: 30, onnotice: () => {} });
  return { sql, db: drizzle(sql, { schema }) };
}

type Connection = ReturnType<typeof connect>;
const globalForDb = globalThis as unknown as { zairyuSystemDb?: Connection };

export function systemConnection(): Connection {
  globalForDb.zairyuSystemDb ??= connect();
  return globalForDb.zairyuSystemDb;
}

export async function closeSystemConnection(): Promise<void> {
  const connection = globalForDb.zairyuSystemDb;
  globalForDb.zairyuSystemDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}
