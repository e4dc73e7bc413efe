import { runMigrations } from "@/db/migrate";
import { getEnv } from "@/lib/env";

const env = getEnv();
const appPassword = env.APP_DATABASE_URL
  ? decodeURIComponent(new URL(env.APP_DATABASE_URL).password)
  : env.APP_DB_PASSWORD;
await runMigrations({ databaseUrl: env.DATABASE_URL, appPassword });
console.log("migrations applied");
