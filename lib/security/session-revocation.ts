import crypto from "node:crypto";
import { redisConnection } from "@/lib/redis";
import { whenReady } from "./rate-limit";

/**
 * Sessions are JWTs (no server row), so signing out alone would leave a copied cookie valid until it
 * expires. Each sign-in gets a random session id (`sid`, kept across token refreshes); signing out puts
 * it on a deny list in Redis for the session's remaining lifetime, and every request checks the list.
 * If Redis does not answer, the check lets the session through with one log line (the same fail-open
 * rule as rate limits: an outage must not sign everyone out).
 */
const key = (sid: string) => `zairyu:revoked-session:${sid}`;

export function newSessionId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export async function revokeSession(sid: string, ttlSeconds: number): Promise<void> {
  try {
    const redis = redisConnection();
    await whenReady(redis);
    await redis.set(key(sid), "1", "EX", Math.max(1, Math.ceil(ttlSeconds)));
  } catch (error) {
    console.warn(
      `[security] session revocation not recorded (Redis unavailable: ${(error as Error).message})`,
    );
  }
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  try {
    const redis = redisConnection();
    await whenReady(redis);
    return (await redis.exists(key(sid))) === 1;
  } catch (error) {
    console.warn(
      `[security] session revocation not checked (Redis unavailable: ${(error as Error).message}); allowing`,
    );
    return false;
  }
}
