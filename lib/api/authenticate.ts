import type { Redis } from "ioredis";
import { AppError } from "@/lib/errors";
import { rateLimitIp } from "@/lib/security/client-ip";
import { hashApiKey, looksLikeApiKey } from "@/lib/services/api-keys/key-material";
import { revocationMarkKey } from "@/lib/services/api-keys/revocation-mark";
import { type ResolvedApiKey, unsafeResolveApiKey } from "@/lib/services/api-keys/unsafe-resolve-api-key";
import { type ApiKeyCache, sharedApiKeyCache } from "./api-key-cache";
import { type RateLimitOutcome, type RateLimitPolicy, takeRateLimit } from "./rate-limit";

const invalidKey = () => new AppError("unauthenticated", "the API key is invalid or has been revoked");

/**
 * `Authorization: Bearer zk_…` → the key, counted against its rate limit. A wrong, unknown or revoked
 * key all get the same answer, before any counting. A key from the process cache (api-key-cache.ts) is
 * used only if the rate limit's Redis round trip says it carries no revocation mark; if it does, or
 * Redis cannot say, the database decides — so a revocation takes effect at the next request, in every
 * process, and a Redis outage costs a lookup per request (as without a cache), never a stale key.
 */
export async function authenticate(
  request: Request,
  policy: RateLimitPolicy | undefined,
  deps: { cache?: ApiKeyCache; redis?: Redis } = {},
): Promise<{ key: ResolvedApiKey; limit: RateLimitOutcome }> {
  const cache = deps.cache ?? sharedApiKeyCache;
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError("unauthenticated", "send an API key as Authorization: Bearer zk_…");
  const secret = match[1];
  if (!looksLikeApiKey(secret)) throw invalidKey();
  const hash = hashApiKey(secret);
  const cached = cache.get(hash);
  const key = cached ?? (await unsafeResolveApiKey(secret));
  if (!key) throw invalidKey();
  const limit = await takeRateLimit(key.id, policy, deps.redis, undefined, {
    revocationMark: revocationMarkKey(key.id),
  });
  if (limit.isMarked === false) {
    if (!cached) cache.set(hash, key);
    return { key, limit };
  }
  // Marked (revoked, or being revoked) or unknown: nothing cached is trusted, the database decides.
  if (limit.isMarked === null) cache.clear();
  else cache.delete(hash);
  if (!cached) return { key, limit };
  const fresh = await unsafeResolveApiKey(secret);
  if (!fresh) throw invalidKey();
  return { key: fresh, limit };
}

/** API errors speak English unless the client asks for Japanese. */
export function requestLocale(request: Request): "ja" | "en" {
  return /^\s*ja\b/i.test(request.headers.get("accept-language") ?? "") ? "ja" : "en";
}

/** The caller's address for the audit log: the trusted (right-most) X-Forwarded-For entry, as everywhere else. */
export function requestIp(request: Request): string | null {
  const ip = rateLimitIp(request.headers);
  return ip === "unknown" ? null : ip;
}
