import type { Redis } from "ioredis";
import { redisConnection } from "@/lib/redis";

/**
 * Web processes keep resolved API keys for a few seconds (lib/api/api-key-cache.ts). A revocation
 * leaves this mark in Redis, and every request with a cached key asks for it in the same round trip as
 * its rate limit (lib/api/rate-limit.ts): a marked key is looked up in the database again, in every
 * process, from the next request on. The mark outlives any cache entry by far.
 */
const MARK_SECONDS = 3600;

export function revocationMarkKey(keyId: string): string {
  return `zairyu:api-key:revoked:${keyId}`;
}

/** Sets the mark; false if Redis did not answer within 300 ms (the caller decides what that means). */
export async function markRevoked(keyId: string, redis: Redis = redisConnection()): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), 300);
  });
  try {
    // The shared client has no offline queue: right after boot (or a reconnect) wait briefly for it.
    if (redis.status !== "ready")
      await Promise.race([new Promise((resolve) => redis.once("ready", resolve)), deadline]);
    await Promise.race([redis.set(revocationMarkKey(keyId), "1", "EX", MARK_SECONDS), deadline]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
