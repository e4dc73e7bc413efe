import { getEnv } from "@/lib/env";
import { redisConnection } from "@/lib/redis";
import { consume, type Limit, limitKey } from "@/lib/security/rate-limit";

/**
 * Limits on personal links, per client IP and per token: opening pages ("lookup") and sending forms
 * ("submit", which may store files). Keys are keyed hashes, so Redis holds neither tokens nor IPs.
 * If Redis is down the attempt is allowed (logged by `consume`): a 256-bit token cannot be guessed
 * anyway, and an employee must still be able to confirm a filing during an outage.
 */
export const SELF_SERVICE_LIMITS = {
  lookupPerIp: { name: "ee-lookup-ip", max: 300, windowMs: 10 * 60_000 },
  lookupPerToken: { name: "ee-lookup-token", max: 120, windowMs: 10 * 60_000 },
  submitPerIp: { name: "ee-submit-ip", max: 60, windowMs: 60 * 60_000 },
  submitPerToken: { name: "ee-submit-token", max: 20, windowMs: 60 * 60_000 },
} as const satisfies Record<string, Limit>;

export type LinkUse = "lookup" | "submit";
export type LimitDecision = { isAllowed: boolean; retryAfterSeconds: number };

export async function takeLinkLimit(use: LinkUse, token: string, ip: string): Promise<LimitDecision> {
  const [perIp, perToken] =
    use === "lookup"
      ? [SELF_SERVICE_LIMITS.lookupPerIp, SELF_SERVICE_LIMITS.lookupPerToken]
      : [SELF_SERVICE_LIMITS.submitPerIp, SELF_SERVICE_LIMITS.submitPerToken];
  const secret = getEnv().AUTH_SECRET;
  const redis = redisConnection();
  const byIp = await consume(redis, perIp, limitKey(secret, perIp, ip));
  if (!byIp.allowed) return { isAllowed: false, retryAfterSeconds: byIp.retryAfterSeconds };
  const byToken = await consume(redis, perToken, limitKey(secret, perToken, token));
  return { isAllowed: byToken.allowed, retryAfterSeconds: byToken.retryAfterSeconds };
}
