import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Pure tests run three times, in three time zones: the engine must give Japan calendar dates whatever
// the server's TZ. Integration and e2e tests need the services that scripts/test.ts starts.
const pure = (name: string, tz: string) => ({
  extends: true as const,
  test: { name, include: ["tests/unit/**/*.test.ts"], env: { TZ: tz, EXPECTED_TZ: tz } },
});

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    projects: [
      pure("unit-tokyo", "Asia/Tokyo"),
      pure("unit-utc", "UTC"),
      pure("unit-los-angeles", "America/Los_Angeles"),
      {
        extends: true,
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
        extends: true,
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
        extends: true,
        test: {
          name: "fault",
          include: ["tests/e2e/fault-*.test.ts"],
          setupFiles: ["tests/setup/services.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
