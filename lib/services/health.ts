import { sql } from "drizzle-orm";
import { appConnection } from "@/db/client";
import { redisConnection } from "@/lib/redis";

/** Liveness is the process answering; readiness is PostgreSQL and Redis answering within a second. */
export async function checkReadiness(): Promise<{ ok: boolean; database: boolean; redis: boolean }> {
  const within = <T>(p: Promise<T>) =>
    Promise.race([
      p,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 1000)),
    ]);
  const database = await within(appConnection().db.execute(sql`select 1`)).then(
    () => true,
    () => false,
  );
  const redis = await within(redisConnection().ping()).then(
    (r) => r === "PONG",
    () => false,
  );
  return { ok: database && redis, database, redis };
}
