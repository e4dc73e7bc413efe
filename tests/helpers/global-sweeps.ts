import { Queue } from "bullmq";
import { Redis } from "ioredis";
import type postgres from "postgres";
import { QUEUES } from "@/jobs/queues";

/**
 * The worker that scripts/test.ts starts for the browser tests polls the outbox every minute and sweeps
 * at start, after a Redis reconnect and when an e2e test asks for it — all over every company of the
 * shared test database, at moments no test controls. A test that needs today's due reminders to itself
 * (which worker sends them, exactly what its SMTP server receives) holds this: the shared worker's
 * maintenance queue is paused (no poll or sweep starts; one in progress is waited for), and any other
 * holder waits on the same advisory lock. A test that runs the shared sweep holds it unpaused.
 */
const LOCK = 0x7a_61_69_72; // "zair"

export async function withSharedSweeps<T>(
  owner: postgres.Sql,
  mode: "paused" | "running",
  fn: () => Promise<T>,
): Promise<T> {
  const reserved = await owner.reserve();
  const redis = new Redis(process.env.REDIS_URL ?? "", { maxRetriesPerRequest: null });
  const maintenance = new Queue(QUEUES.maintenance, {
    connection: redis,
    prefix: process.env.QUEUE_PREFIX ?? "{zairyu}",
  });
  try {
    await reserved`select pg_advisory_lock(${LOCK})`;
    if (mode === "paused") {
      await maintenance.pause();
      for (let i = 0; i < 300 && (await maintenance.getActiveCount()) > 0; i++)
        await new Promise((r) => setTimeout(r, 100));
    }
    return await fn();
  } finally {
    if (mode === "paused") await maintenance.resume();
    await reserved`select pg_advisory_unlock(${LOCK})`;
    reserved.release();
    await maintenance.close();
    redis.disconnect();
  }
}
