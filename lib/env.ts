import { z } from "zod";

/**
 * The only reader of process.env. Parsed once, on first use; instrumentation.ts and the worker call
 * getEnv() at boot so a missing setting stops the process with a message naming it.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({
    message: "must be a postgres:// URL of a role that owns the schema (runs migrations)",
  }),
  APP_DATABASE_URL: z.url().optional(),
  APP_DB_PASSWORD: z.string().min(8).default("zairyu-app-dev-password"),
  REDIS_URL: z.url({ message: "must be a redis:// URL" }),
  SMTP_URL: z.url({ message: "must be an smtp:// or smtps:// URL" }),
  MAIL_FROM: z.string().default("Zairyu <no-reply@zairyu.localhost>"),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (openssl rand -base64 32)" }),
  CARD_ENCRYPTION_KEY: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, {
    message: "must be 32 random bytes in base64 (openssl rand -base64 32)",
  }),
  CARD_ENCRYPTION_KEYS_OLD: z.string().default(""),
  DEV_MAILBOX_DIR: z.string().optional(),
  QUEUE_PREFIX: z.string().default("{zairyu}"),
  /** Reminders per send job (one company's, claimed and rendered together): jobs/producers.ts. */
  NOTIFICATION_BATCH_SIZE: z.coerce.number().int().min(1).max(200).default(50),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Where uploaded files (proof of filing, card photos) are kept: outside the web root, never served statically. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
});

export type Env = z.infer<typeof ZEnv> & { APP_DATABASE_URL: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(
      `Invalid or missing configuration:\n${lines.join("\n")}\nSee README.md, "Configuration".`,
    );
  }
  cached = { ...parsed.data, APP_DATABASE_URL: parsed.data.APP_DATABASE_URL ?? deriveAppUrl(parsed.data) };
  return cached;
}

/** The app connects as zairyu_app, a role that does not own the tables, so row-level security applies. */
function deriveAppUrl(env: z.infer<typeof ZEnv>): string {
  const url = new URL(env.DATABASE_URL);
  url.username = "zairyu_app";
  url.password = env.APP_DB_PASSWORD;
  return url.toString();
}
