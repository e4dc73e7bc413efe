import { getEnv } from "@/lib/env";
import { redisConnection } from "@/lib/redis";
import { rateLimitIp } from "./client-ip";
import { consume, type Decision, type Limit, limitKey, release } from "./rate-limit";

/**
 * Sign-in limits. Accounts are keyed by the email as typed (lower-cased), whether or not an account
 * exists, so being limited says nothing about which emails are registered. A locked password sign-in
 * leaves the magic link open (its own limit), so a stranger failing on purpose cannot lock anyone out.
 * A successful password sign-in takes its attempt back from both counters: the limits count failures,
 * so an office of HR staff behind one address is never locked out by signing in.
 */
export const SIGN_IN_LIMITS = {
  passwordPerAccount: { name: "pw-account", max: 10, windowMs: 15 * 60_000 },
  passwordPerIp: { name: "pw-ip", max: 50, windowMs: 15 * 60_000 },
  magicLinkPerAccount: { name: "ml-account", max: 5, windowMs: 60 * 60_000 },
  magicLinkPerIp: { name: "ml-ip", max: 20, windowMs: 60 * 60_000 },
} as const satisfies Record<string, Limit>;

/** Where a refused magic-link request is sent (the sign-in page reads `error`). */
export const RATE_LIMITED_PATH = "/sign-in?error=rate_limited";

export type Attempt = { allowed: boolean; retryAfterSeconds: number; succeeded: () => Promise<void> };

async function check(
  email: string,
  headers: Pick<Headers, "get">,
  account: Limit,
  ip: Limit,
): Promise<Attempt> {
  const secret = getEnv().AUTH_SECRET;
  const redis = redisConnection();
  const byIp = await consume(redis, ip, limitKey(secret, ip, rateLimitIp(headers)));
  const byAccount: Decision | null = byIp.allowed
    ? await consume(redis, account, limitKey(secret, account, email.trim().toLowerCase()))
    : null;
  const allowed = byIp.allowed && Boolean(byAccount?.allowed);
  return {
    allowed,
    retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byAccount?.retryAfterSeconds ?? 0),
    succeeded: async () => {
      if (byAccount?.allowed) await Promise.all([release(redis, byIp), release(redis, byAccount)]);
    },
  };
}

export const passwordAttempt = (email: string, headers: Pick<Headers, "get">) =>
  check(email, headers, SIGN_IN_LIMITS.passwordPerAccount, SIGN_IN_LIMITS.passwordPerIp);
export const magicLinkAttempt = (email: string, headers: Pick<Headers, "get">) =>
  check(email, headers, SIGN_IN_LIMITS.magicLinkPerAccount, SIGN_IN_LIMITS.magicLinkPerIp);
