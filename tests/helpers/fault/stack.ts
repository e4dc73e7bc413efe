import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { runMigrations } from "@/db/migrate";
import { freePort } from "../../../scripts/lib/ports";
import { type AppProcess, startWeb, startWorker, stopProcess } from "./processes";
import { type Restartable, startKillableRedis, startRestartablePostgres } from "./services";
import { type FaultSmtp, startFaultSmtp } from "./smtp";

export type FaultStack = {
  env: Record<string, string>;
  pg: Restartable;
  redis: Restartable;
  smtp: FaultSmtp;
  webUrl: string;
  startWeb: () => Promise<AppProcess>;
  startWorker: (name?: string) => Promise<AppProcess>;
  stop: () => Promise<void>;
};

/**
 * A whole Zairyu of the test's own: PostgreSQL, Redis and SMTP it may break, and the web app and worker
 * processes on top, all on free ports. The test process is pointed at the same services (process.env,
 * before lib/env is first read), so factories and assertions see what the processes see.
 */
export async function startFaultStack(name: string): Promise<FaultStack> {
  const dataDir = path.resolve(".test-data", `fault-${name}-${process.pid}`);
  const [pg, redis, smtp] = await Promise.all([
    startRestartablePostgres(dataDir),
    startKillableRedis(path.join(dataDir, "redis")),
    startFaultSmtp(),
  ]);
  const appPassword = crypto.randomBytes(18).toString("base64url");
  await runMigrations({ databaseUrl: pg.url, appPassword });
  const port = await freePort();
  const env: Record<string, string> = {
    DATABASE_URL: pg.url,
    APP_DB_PASSWORD: appPassword,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    CARD_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    APP_URL: `http://localhost:${port}`,
    AUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete process.env.DEV_MAILBOX_DIR;
  Object.assign(process.env, env);
  const processes: AppProcess[] = [];
  const childEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ...env, NODE_ENV: "test" });
  return {
    env,
    pg,
    redis,
    smtp,
    webUrl: `http://127.0.0.1:${port}`,
    startWeb: async () => {
      const web = await startWeb(childEnv(), port);
      processes.push(web);
      return web;
    },
    startWorker: async (workerName) => {
      const worker = await startWorker(childEnv(), workerName);
      processes.push(worker);
      return worker;
    },
    stop: async () => {
      for (const p of processes) await stopProcess(p, "SIGKILL");
      if (!redis.isUp()) await redis.start().catch(() => {});
      await Promise.allSettled([redis.stop(), smtp.stop(), pg.stop()]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
