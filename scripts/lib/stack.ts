import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { runMigrations } from "@/db/migrate";
import { startMailSink } from "./mail-sink";
import { type Service, startEmbeddedPostgres } from "./postgres";
import { startRedis } from "./redis";

export type Stack = { env: Record<string, string>; stop: () => Promise<void> };

/**
 * Brings up what the app needs: PostgreSQL (DATABASE_URL, else embedded), Redis (REDIS_URL, else a
 * redis-server on PATH), an SMTP sink (SMTP_URL, else a local one that stores .eml files), applies the
 * migrations, and returns the environment for the web app and worker. `persistent` keeps data in
 * `dataDir` between runs (demo); otherwise everything is thrown away on stop (tests, benchmarks).
 */
export async function startStack(opts: {
  dataDir: string;
  persistent: boolean;
  pieces: string[];
  log?: (s: string) => void;
}): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const given = process.env;
  execFileSync("bash", [path.join(import.meta.dirname, "..", "ensure-system.sh"), ...opts.pieces], {
    stdio: "inherit",
  });
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const services: Service[] = [];
  const stop = async () => {
    for (const service of services.reverse()) await service.stop().catch(() => {});
  };
  try {
    const databaseUrl =
      given.DATABASE_URL ??
      (await track(services, startEmbeddedPostgres({ dataDir: opts.dataDir, persistent: opts.persistent })))
        .url;
    log(`PostgreSQL: ${redact(databaseUrl)}${given.DATABASE_URL ? " (DATABASE_URL)" : " (embedded)"}`);
    const redisUrl =
      given.REDIS_URL ??
      (
        await track(
          services,
          startRedis({ dataDir: path.join(opts.dataDir, "redis"), persistent: opts.persistent }),
        )
      ).url;
    log(`Redis: ${redisUrl}${given.REDIS_URL ? " (REDIS_URL)" : " (redis-server)"}`);
    const mailDir = path.resolve(opts.dataDir, "mail");
    if (!opts.persistent) fs.rmSync(mailDir, { recursive: true, force: true });
    const smtpUrl = given.SMTP_URL ?? (await track(services, startMailSink({ dir: mailDir }))).url;
    log(`SMTP: ${smtpUrl}${given.SMTP_URL ? " (SMTP_URL)" : ` (local sink, messages in ${mailDir})`}`);
    const secrets = loadSecrets(opts.dataDir, opts.persistent);
    const appPassword = given.APP_DB_PASSWORD ?? secrets.APP_DB_PASSWORD;
    await runMigrations({ databaseUrl, appPassword });
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      APP_DB_PASSWORD: appPassword,
      REDIS_URL: redisUrl,
      SMTP_URL: smtpUrl,
      AUTH_SECRET: given.AUTH_SECRET ?? secrets.AUTH_SECRET,
      CARD_ENCRYPTION_KEY: given.CARD_ENCRYPTION_KEY ?? secrets.CARD_ENCRYPTION_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!given.SMTP_URL) env.DEV_MAILBOX_DIR = mailDir;
    // Uploads live beside the run's data (a per-run dir for tests, .data/uploads for the demo).
    env.UPLOAD_DIR = given.UPLOAD_DIR ?? path.resolve(opts.dataDir, "uploads");
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function track(services: Service[], started: Promise<Service>): Promise<Service> {
  const service = await started;
  services.push(service);
  return service;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}

type Secrets = { AUTH_SECRET: string; CARD_ENCRYPTION_KEY: string; APP_DB_PASSWORD: string };

/** Demo secrets are generated once and kept beside the demo data, so a second run can read it. */
function loadSecrets(dataDir: string, persistent: boolean): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (persistent && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    CARD_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    APP_DB_PASSWORD: crypto.randomBytes(18).toString("base64url"),
  };
  if (persistent) fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
