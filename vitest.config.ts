import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Pure tests run three times, in three time zones: the engine must give Japan calendar dates whatever
// the server's TZ. Integration and e2e tests need the services that scripts/test.ts starts.
const pure = (name: string, tz: string) => ({
  extends: true as const,
  test: { name, include: ["tests/unit/**/*.test.ts"], env: { TZ: tz, EXPECTED_TZ: tz } },
});

/**
 * `npm test` with no arguments runs these lanes as two Vitest processes at once (scripts/test.ts): within
 * a Vitest process, files run one at a time (fileParallelism: false is global), and the fault tests need
 * nothing the others share. Every project must be in a lane.
 */
export const RUN_LANES = [["unit-tokyo", "unit-utc", "unit-los-angeles", "integration", "e2e"], ["fault"]];

const projects: (TestProjectInlineConfiguration & { test: { name: string } })[] = [
  pure("unit-tokyo", "Asia/Tokyo"),
  pure("unit-utc", "UTC"),
  pure("unit-los-angeles", "America/Los_Angeles"),
  {
    extends: true as const,
    test: {
      name: "integration",
      include: ["tests/integration/**/*.test.ts"],
      setupFiles: ["tests/setup/services.ts"],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
  {
    extends: true as const,
    test: {
      name: "e2e",
      include: ["tests/e2e/**/*.test.ts"],
      exclude: ["tests/e2e/fault-*.test.ts"],
      setupFiles: ["tests/setup/services.ts"],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  },
  // Fault tests bring their own PostgreSQL, Redis, SMTP server, web and worker, and spend most of
  // their time waiting (timeouts, backoff, restarts): a project of their own runs beside the others.
  {
    extends: true as const,
    test: {
      name: "fault",
      include: ["tests/e2e/fault-*.test.ts"],
      setupFiles: ["tests/setup/services.ts"],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  },
];

const laned = RUN_LANES.flat();
for (const { test } of projects)
  if (!laned.includes(test.name))
    throw new Error(`vitest.config.ts: project "${test.name}" is in no RUN_LANES lane`);

export default defineConfig({ resolve: { alias }, test: { environment: "node", projects } });
