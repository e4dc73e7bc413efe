import type { Redis } from "ioredis";
import { redisConnection } from "@/lib/redis";
import { warnThrottled } from "./log";

export type RateLimitPolicy = { limit: number; windowSeconds: number };

/** Per API key: 600 requests a minute (10 a second sustained), enough for a nightly HR-system sync. */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = { limit: 600, windowSeconds: 60 };

export type RateLimitOutcome = {
  isAllowed: boolean;
  headers: Record<string, string>;
  /** Whether `revocationMark` exists in Redis; null when Redis did not answer (or none was asked). */
  isMarked: boolean | null;
};

// Fixed window: one counter per key and window, created with its expiry in one atomic step. The
// optional second key is read in the same round trip: an API key's revocation mark (authenticate.ts).
const SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local marked = 0
if KEYS[2] then marked = redis.call('EXISTS', KEYS[2]) end
return {n, redis.call('PTTL', KEYS[1]), marked}`;

type WithScript = Redis & {
  zairyuRateLimit(numKeys: number, ...keysAndArgs: string[]): Promise<[number, number, number]>;
};
const withScript = new WeakSet<Redis>();

/** EVALSHA with ioredis' fallback to EVAL on NOSCRIPT: the script text is not sent with every request. */
function scripted(redis: Redis): WithScript {
  if (!withScript.has(redis)) {
    redis.defineCommand("zairyuRateLimit", { lua: SCRIPT });
    withScript.add(redis);
  }
  return redis as WithScript;
}

/**
 * Counts one request of `subject` (an API key id) in Redis and answers with the standard headers
 * (RateLimit-Limit/Remaining/Reset, RateLimit-Policy; Retry-After when refused). If Redis does not
 * answer within 300 ms the request is allowed (with a throttled log line): a Redis outage must not
 * take the API down, and the worst case is a window without limits.
 */
export async function takeRateLimit(
  subject: string,
  policy: RateLimitPolicy = DEFAULT_RATE_LIMIT,
  redis: Redis = sharedRedis(),
  now = Date.now(),
  opts: { revocationMark?: string } = {},
): Promise<RateLimitOutcome> {
  const windowMs = policy.windowSeconds * 1000;
  // The policy is part of the key, so an operation with its own limit keeps its own count.
  const key = `zairyu:ratelimit:api:${subject}:${policy.limit}/${policy.windowSeconds}:${Math.floor(now / windowMs)}`;
  const keys = opts.revocationMark ? [key, opts.revocationMark] : [key];
  let reply: [number, number, number];
  try {
    // The shared client has no offline queue: right after boot (or a reconnect) wait briefly for it.
    if (redis.status !== "ready") await waitReady(redis, 300);
    reply = await withTimeout(scripted(redis).zairyuRateLimit(keys.length, ...keys, String(windowMs)), 300);
  } catch (error) {
    warnThrottled(
      "rate-limit",
      `rate limiting skipped, Redis unavailable (${(error as Error).name}): requests are allowed`,
    );
    return { isAllowed: true, headers: {}, isMarked: null };
  }
  const [count, ttlMs, marked] = reply;
  const isMarked = opts.revocationMark ? marked === 1 : null;
  const resetSeconds = Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : windowMs) / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(policy.limit),
    "RateLimit-Remaining": String(Math.max(0, policy.limit - count)),
    "RateLimit-Reset": String(resetSeconds),
    "RateLimit-Policy": `${policy.limit};w=${policy.windowSeconds}`,
  };
  if (count <= policy.limit) return { isAllowed: true, headers, isMarked };
  return { isAllowed: false, headers: { ...headers, "Retry-After": String(resetSeconds) }, isMarked };
}

let shared: Redis | undefined;
/** Taken once: each call of redisConnection() adds an error listener to the shared client. */
function sharedRedis(): Redis {
  shared ??= redisConnection();
  return shared;
}

function waitReady(redis: Redis, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      reject(Object.assign(new Error("not connected"), { name: "NotConnected" }));
    }, ms);
    redis.once("ready", onReady);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("timeout"), { name: "TimeoutError" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
