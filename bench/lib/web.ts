import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "@/scripts/lib/ports";
import { type Managed, startProcess, waitForHttp } from "@/scripts/lib/processes";
import { say } from "./row";
import type { World } from "./world";

const root = path.resolve(import.meta.dirname, "..", "..");
/** The benchmarks' own build, apart from everyone else's (several engineers build in one checkout). */
export const BENCH_DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";

export type Web = { url: string; stop: () => Promise<void> };
let web: Promise<Web> | undefined;
const managed: Managed[] = [];

/**
 * The production build of the current commit, made once: reused while BUILD_ID exists and the commit
 * it was built from is still HEAD (BENCH_REUSE_BUILD=1 reuses any existing build).
 */
export function ensureBuild(): void {
  const dist = path.join(root, BENCH_DIST_DIR);
  const stamp = path.join(dist, "bench-commit");
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root }).toString().trim();
  const isBuilt = fs.existsSync(path.join(dist, "BUILD_ID"));
  if (
    isBuilt &&
    (process.env.BENCH_REUSE_BUILD || (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === head))
  )
    return;
  say("web", `building the app into ${BENCH_DIST_DIR} (next build)`);
  // next build adds its dist dir's type folders to tsconfig.json: put the shared file back as it was.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = fs.readFileSync(tsconfig, "utf8");
  const build = spawnSync("npx", ["next", "build"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (fs.readFileSync(tsconfig, "utf8") !== tsconfigBefore) fs.writeFileSync(tsconfig, tsconfigBefore);
  if (build.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(stamp, head);
}

/** One `next start` for the whole run (dashboard and API benchmarks share it), on the world's services. */
export function getWeb(world: World): Promise<Web> {
  web ??= (async () => {
    ensureBuild();
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...world.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      APP_URL: url,
      AUTH_URL: url,
    };
    // BENCH_WEB_PROFILE=<dir>: the server's CPU profile is written there when it stops.
    const profile = process.env.BENCH_WEB_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WEB_PROFILE}`]
      : [];
    const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
    const server = startProcess(
      "web",
      process.execPath,
      [...profile, next, "start", "-p", String(port), "-H", "127.0.0.1"],
      env,
      { quiet: !process.env.BENCH_VERBOSE },
    );
    managed.push(server);
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000);
    return { url: `http://127.0.0.1:${port}`, stop: server.stop };
  })();
  return web;
}

/**
 * A real worker process (node --import tsx jobs/worker.ts, as `npm run worker`) on the world's services;
 * resolves once it says ready. BENCH_WORKER_PROFILE=<dir> writes its CPU profile there on exit.
 */
export async function startWorker(
  world: World,
  name: string,
  extraEnv: Record<string, string> = {},
): Promise<Managed> {
  const profile = process.env.BENCH_WORKER_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`]
    : [];
  const worker = startProcess(
    name,
    process.execPath,
    [...profile, "--import", "tsx", "jobs/worker.ts"],
    { ...process.env, ...world.env, ...extraEnv },
    { quiet: !process.env.BENCH_VERBOSE },
  );
  managed.push(worker);
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s`)), 120_000);
    worker.child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("[worker] ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    worker.child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return worker;
}

export async function stopProcesses(): Promise<void> {
  web = undefined;
  for (const m of managed.splice(0).reverse()) await m.stop();
}
