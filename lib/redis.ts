import { Redis } from "ioredis";
import { getEnv } from "@/lib/env";

const globalForRedis = globalThis as unknown as { zairyuRedis?: Redis };

/**
 * The shared Redis client for queues' producers, rate limits and health checks. Commands fail fast
 * while Redis is down (no offline queue) so a page can degrade with a message instead of hanging.
 */
export function redisConnection(): Redis {
  if (!globalForRedis.zairyuRedis) {
    const client = new Redis(getEnv().REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // One listener, at creation: connection errors are expected while Redis is down (callers degrade).
    client.on("error", () => {});
    globalForRedis.zairyuRedis = client;
  }
  return globalForRedis.zairyuRedis;
}

export async function closeRedis(): Promise<void> {
  const client = globalForRedis.zairyuRedis;
  globalForRedis.zairyuRedis = undefined;
  await client?.quit().catch(() => client.disconnect());
}
