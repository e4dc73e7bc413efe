import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * The real web app (`next start` on the build the test runner made) or the real worker (jobs/worker.ts),
 * as a child the test can signal: SIGTERM for a graceful stop, SIGKILL for a crash. Spawned with node
 * itself (no npx/tsx wrapper), so the pid is the server's and its exit is the server's exit.
 */
export type AppProcess = {
  name: string;
  child: ChildProcess;
  /** Every line it printed, for assertions (no personal data in logs) and for diagnosis. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning: () => boolean;
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves when a printed line matches (e.g. the worker's "ready"). */
  waitForLine: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
};

function launch(name: string, args: string[], env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const verbose = Boolean(process.env.E2E_VERBOSE);
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (verbose) process.stdout.write(`[${name}] ${line}\n`);
        for (const waiter of waiters)
          if (waiter.pattern.test(line)) {
            waiters.delete(waiter);
            waiter.resolve(line);
          }
      }
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    name,
    child,
    lines,
    exited,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    waitForLine: (pattern, timeoutMs = 90_000) => {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { pattern, resolve };
        waiters.add(waiter);
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `${name}: no line matching ${pattern} within ${timeoutMs} ms; last lines:\n${lines.slice(-20).join("\n")}`,
            ),
          );
        }, timeoutMs);
        void exited.then(() => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          reject(
            new Error(
              `${name} exited before printing ${pattern}; last lines:\n${lines.slice(-20).join("\n")}`,
            ),
          );
        });
      }).then((line) => line as string);
    },
  };
}

/** The worker process, ready once it has registered its schedulers and queued the start-up sweep. */
export async function startWorker(env: NodeJS.ProcessEnv, name = "worker"): Promise<AppProcess> {
  const worker = launch(name, ["--import", "tsx", "jobs/worker.ts"], env);
  await worker.waitForLine(/\[worker\] ready/);
  return worker;
}

/** The production build on a port of its own, ready once /api/health answers. */
export async function startWeb(env: NodeJS.ProcessEnv, port: number): Promise<AppProcess> {
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const web = launch("web", [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    ...env,
    NODE_ENV: "production",
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && web.isRunning()) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return web;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`web did not answer on ${port}; last lines:\n${web.lines.slice(-20).join("\n")}`);
}

/** Sends the signal and waits for the exit (SIGKILL after `graceMs`, which a test can then detect). */
export async function stopProcess(
  process_: AppProcess,
  signal: NodeJS.Signals = "SIGTERM",
  graceMs = 60_000,
) {
  if (!process_.isRunning()) return process_.exited;
  process_.signal(signal);
  const timer = setTimeout(() => process_.signal("SIGKILL"), graceMs);
  const result = await process_.exited;
  clearTimeout(timer);
  return result;
}
