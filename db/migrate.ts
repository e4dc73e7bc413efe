import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/**
 * Applies the committed migrations over one dedicated connection (the schema owner), then gives the
 * application role its login password. Safe to run again: applied migrations are skipped.
 */
export async function runMigrations(opts: { databaseUrl: string; appPassword: string }): Promise<void> {
  const sql = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: path.join(import.meta.dirname, "migrations") });
    await sql.unsafe(`ALTER ROLE zairyu_app WITH LOGIN PASSWORD '${opts.appPassword.replaceAll("'", "''")}'`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
