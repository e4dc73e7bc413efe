import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, waitForPort } from "./ports";
import type { Service } from "./postgres";

/** A redis-server found on PATH (scripts/ensure-system.sh installs one), data in `dataDir`. */
export async function startRedis(opts: {
  dataDir: string;
  persistent: boolean;
  port?: number;
}): Promise<Service> {
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    path.resolve(opts.dataDir),
    "--protected-mode",
    "no",
  ];
  // The demo keeps its queues across restarts (AOF); tests throw everything away.
  args.push(
    ...(opts.persistent ? ["--appendonly", "yes", "--save", ""] : ["--appendonly", "no", "--save", ""]),
  );
  const child: ChildProcess = spawn("redis-server", args, { stdio: ["ignore", "ignore", "inherit"] });
  child.on("error", (error) => process.stderr.write(`[redis] ${error.message}\n`));
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
