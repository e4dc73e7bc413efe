import { AppError } from "@/lib/errors";
import { rateLimitIp } from "@/lib/security/client-ip";
import { type ResolvedApiKey, unsafeResolveApiKey } from "@/lib/services/api-keys/unsafe-resolve-api-key";

/** `Authorization: Bearer zk_…`. A wrong, unknown or revoked key all get the same answer. */
export async function authenticate(request: Request): Promise<ResolvedApiKey> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError("unauthenticated", "send an API key as Authorization: Bearer zk_…");
  const key = await unsafeResolveApiKey(match[1]);
  if (!key) throw new AppError("unauthenticated", "the API key is invalid or has been revoked");
  return key;
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
