/**
 * `npm test`: every test against its own throwaway PostgreSQL, Redis and SMTP sink on free ports,
 * never the demo data. Builds the app and starts web + worker for the browser tests. Ends with one
 * line "N passed, N failed" counted from Vitest's JSON report. Extra arguments go to Vitest; the
 * production build is skipped when they select no e2e test (e.g. `npm test -- --project unit-utc`).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { RUN_LANES } from "../vitest.config";
import { freePort } from "./lib/ports";
import { type Managed, startProcess, waitForHttp } from "./lib/processes";
import { startStack } from "./lib/stack";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const wantsE2e = args.length === 0 || args.some((a) => a.includes("e2e") || a.includes("fault"));
// One directory per run, so concurrent runs (several engineers, one checkout) never share services.
const dataDir = path.join(root, ".test-data", `run-${process.pid}`);
const reportFile = (lane: number) => path.join(root, ".test-results", `vitest-${process.pid}-${lane}.json`);
let laneCount = 0;

const stack = await startStack({
  dataDir,
  persistent: false,
  pieces: wantsE2e ? ["redis", "browser"] : ["redis"],
  log: (s) => console.log(`[test] ${s}`),
});
const managed: Managed[] = [];
let exitCode = 1;
try {
  const port = await freePort();
  // "localhost", not 127.0.0.1: Next's URL parser rewrites 127.0.0.1 to localhost, and Auth.js's cookies
  // and redirects must agree with the address the browser uses.
  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...stack.env,
    NODE_ENV: "test",
    APP_URL: appUrl,
    AUTH_URL: appUrl,
  };
  if (wantsE2e) {
    const distDir = process.env.NEXT_DIST_DIR ?? ".next";
    if (!(process.env.E2E_REUSE_BUILD && fs.existsSync(path.join(root, distDir, "BUILD_ID")))) {
      console.log("[test] building the app for the browser tests (next build)");
      const build = spawnSync("npx", ["next", "build"], {
        cwd: root,
        env: { ...env, NODE_ENV: "production" },
        stdio: "inherit",
      });
      if (build.status !== 0) throw new Error("next build failed");
    }
    managed.push(
      startProcess(
        "web",
        "npx",
        ["next", "start", "-p", String(port), "-H", "127.0.0.1"],
        { ...env, NODE_ENV: "production" },
        { quiet: !process.env.E2E_VERBOSE },
      ),
    );
    managed.push(
      startProcess("worker", "npx", ["tsx", "jobs/worker.ts"], env, { quiet: !process.env.E2E_VERBOSE }),
    );
    await waitForHttp(`http://127.0.0.1:${port}/api/health`);
  }
  fs.mkdirSync(path.dirname(reportFile(0)), { recursive: true });
  // A whole run is two Vitest processes at once (vitest.config.ts, RUN_LANES): the fault tests, which
  // bring their own services and mostly wait on timeouts and restarts, beside everything else.
  const lanes =
    args.length === 0 ? RUN_LANES.map((projects) => projects.flatMap((p) => ["--project", p])) : [args];
  const codes = await Promise.all(
    lanes.map((laneArgs, lane) => {
      fs.rmSync(reportFile(lane), { force: true });
      const vitestArgs = [
        "vitest",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${reportFile(lane)}`,
        ...laneArgs,
      ];
      return new Promise<number>((resolve) => {
        const child = spawn("npx", vitestArgs, {
          cwd: root,
          env: { ...env, E2E_BASE_URL: env.APP_URL },
          stdio: "inherit",
        });
        child.on("exit", (code) => resolve(code ?? 1));
      });
    }),
  );
  exitCode = codes.find((code) => code !== 0) ?? 0;
  laneCount = lanes.length;
} catch (error) {
  console.error(`[test] ${(error as Error).message}`);
  exitCode = 1;
} finally {
  for (const process_ of managed.reverse()) await process_.stop();
  await stack.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const summaries = Array.from({ length: Math.max(laneCount, 1) }, (_, lane) => readSummary(reportFile(lane)));
for (let lane = 0; lane < laneCount; lane++) {
  const name = lane === 0 ? "vitest.json" : `vitest-${lane}.json`;
  if (fs.existsSync(reportFile(lane)))
    fs.renameSync(reportFile(lane), path.join(root, ".test-results", name));
}
const passed = summaries.reduce((n, s) => n + s.passed, 0);
const failed = summaries.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : exitCode);

function readSummary(file: string): { passed: number; failed: number } {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites?: number;
    };
    // A file that fails to load has no failed test of its own; count it so it cannot pass unseen.
    const brokenFiles = report.numFailedTests === 0 ? (report.numFailedTestSuites ?? 0) : 0;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
  } catch {
    return { passed: 0, failed: 1 };
  }
}
