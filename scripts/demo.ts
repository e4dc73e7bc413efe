/**
 * `npm run demo`: everything up on this machine — PostgreSQL, Redis, a mail sink, migrations, demo
 * data, the web app (production build) and the worker — then prints where to sign in. Ctrl-C stops it
 * all; a second run reuses the data in .data/.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type Managed, startProcess, waitForHttp } from "./lib/processes";
import { startStack } from "./lib/stack";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const stack = await startStack({
  dataDir: path.join(root, ".data"),
  persistent: true,
  pieces: ["redis"],
  log: (s) => console.log(`[demo] ${s}`),
});
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...stack.env,
  APP_URL: appUrl,
  AUTH_URL: process.env.AUTH_URL ?? appUrl,
};
Object.assign(process.env, env);
const managed: Managed[] = [];
let isStopping = false;
const stopAll = async (code: number) => {
  if (isStopping) return;
  isStopping = true;
  console.log("\n[demo] stopping…");
  for (const m of managed.reverse()) await m.stop();
  await stack.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  const { seedDemo, DEMO_OWNER } = await import("./seed");
  const seeded = await seedDemo();
  console.log(`[demo] demo data ${seeded.created ? "created" : "already present"}`);
  if (needsBuild()) {
    console.log("[demo] building the app (next build)…");
    const build = spawnSync("npx", ["next", "build"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  managed.push(
    startProcess("web", "npx", ["next", "start", "-p", String(port)], { ...env, NODE_ENV: "production" }),
  );
  managed.push(startProcess("worker", "npx", ["tsx", "jobs/worker.ts"], env));
  await waitForHttp(`http://127.0.0.1:${port}/api/health`);
  const extra = await import("./lib/demo-extras").then((m) => m.demoExtras()).catch(() => [] as string[]);
  console.log(`
  Zairyu is running.
    URL:       ${appUrl}
    Sign in:   ${DEMO_OWNER.email} / ${DEMO_OWNER.password}
${stack.env.DEV_MAILBOX_DIR ? `    Mailbox:   ${appUrl}/dev/mailbox (messages the app sends)\n` : ""}${extra.map((line) => `    ${line}\n`).join("")}
  Ctrl-C stops everything; the data stays in .data/ for the next run.
`);
} catch (error) {
  console.error(`[demo] ${(error as Error).message}`);
  await stopAll(1);
}

/** Rebuild when there is no build or a source file is newer than it. */
function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).some((entry) => {
      const rel = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(rel) : fs.statSync(path.join(root, rel)).mtimeMs > built;
    });
  return ["app", "lib", "db", "messages"].some((dir) => fs.existsSync(path.join(root, dir)) && newer(dir));
}
