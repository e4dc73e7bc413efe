import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type Service, startEmbeddedPostgres } from "@/scripts/lib/postgres";

/**
 * The settings a managed PostgreSQL for this size of data would have (a quarter of memory as shared
 * buffers, SSD costs), instead of the tiny defaults the test stack runs with. Durability is off as in
 * the test stack: the data is thrown away, and every floor is measured under the same settings.
 */
export const BENCH_SETTINGS: Record<string, string> = {
  shared_buffers: "2GB",
  effective_cache_size: "8GB",
  work_mem: "32MB",
  maintenance_work_mem: "1GB",
  max_wal_size: "16GB",
  checkpoint_timeout: "30min",
  random_page_cost: "1.1",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
};

/**
 * Embedded PostgreSQL 18 (the test stack's binaries) started once to write the settings with ALTER
 * SYSTEM, then restarted so shared_buffers takes effect. The data directory is deleted on stop.
 */
export async function startTunedPostgres(dataDir: string): Promise<Service> {
  fs.rmSync(path.join(dataDir, "pg"), { recursive: true, force: true });
  const first = await startEmbeddedPostgres({ dataDir, persistent: true });
  const admin = postgres(first.url, { max: 1, onnotice: () => {} });
  try {
    for (const [name, value] of Object.entries(BENCH_SETTINGS))
      await admin.unsafe(`alter system set ${name} = '${value}'`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  await first.stop();
  const running = await startEmbeddedPostgres({ dataDir, persistent: true });
  return {
    url: running.url,
    stop: async () => {
      await running.stop();
      fs.rmSync(path.join(dataDir, "pg"), { recursive: true, force: true });
    },
  };
}
