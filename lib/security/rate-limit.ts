import crypto from "node:crypto";
import type { Redis } from "ioredis";

/**
 * A sliding-window log in Redis: one sorted set per key, scored by time. Atomic (one Lua script), so
 * parallel attempts cannot slip past the limit. Refused attempts are not recorded, so hammering a
 * locked key does not extend its lock.
 *
 * Fails open: if Redis does not answer, the attempt is allowed and one line is logged. Signing in must
 * keep working through a Redis outage; the password hash cost still slows guessing.
 */
export type Limit = { name: string; max: number; windowMs: number };
export type Decision = { allowed: boolean; retryAfterSeconds: number; key: string; member: string };

const SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local count = redis.call('ZCARD', KEYS[1])
if count >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2])}
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, 0}`;

export async function consume(redis: Redis, limit: Limit, key: string, now = Date.now()): Promise<Decision> {
  const member = `${now}:${crypto.randomBytes(6).toString("hex")}`;
  try {
    await whenReady(redis);
    const [allowed, oldest] = (await redis.eval(SCRIPT, 1, key, now, limit.windowMs, limit.max, member)) as [
      number,
      number,
    ];
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((oldest + limit.windowMs - now) / 1000));
    return { allowed: allowed === 1, retryAfterSeconds, key, member };
  } catch (error) {
    console.warn(
      `[security] rate limit ${limit.name} not checked (Redis unavailable: ${(error as Error).message}); allowing`,
    );
    return { allowed: true, retryAfterSeconds: 0, key, member };
  }
}

/**
 * The shared client has no offline queue (commands fail at once while Redis is down), so a process's
 * first check would fail open while the connection is still being made: wait for it, briefly.
 */
export async function whenReady(redis: Redis, timeoutMs = 300): Promise<void> {
  if (
    redis.status === "ready" ||
    redis.status === "reconnecting" ||
    redis.status === "end" ||
    redis.status === "close"
  )
    return;
  if (redis.status === "wait") await redis.connect().catch(() => {});
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once("ready", done);
    if (redis.status === "ready") done();
  });
}

/** Takes back a recorded attempt (a successful sign-in does not count against the account). */
export async function release(redis: Redis, decision: Decision): Promise<void> {
  await redis.zrem(decision.key, decision.member).catch(() => 0);
}

/**
 * Redis key for a limit and an identifier (an email, an IP address). The identifier is keyed-hashed, so
 * Redis never holds personal data and keys cannot be reversed by guessing emails.
 */
export function limitKey(secret: string, limit: Limit, identifier: string): string {
  const digest = crypto
    .createHmac("sha256", secret)
    .update(`${limit.name}\n${identifier}`)
    .digest("base64url")
    .slice(0, 32);
  return `zairyu:rl:${limit.name}:${digest}`;
}
