import crypto from "node:crypto";

/**
 * API key material. The secret is `zk_` + 40 base64url characters (240 random bits); only its SHA-256
 * is stored. A fast hash is right here (unlike passwords): the secret is long and random, so there is
 * nothing to brute-force, and every API request pays for the lookup.
 */
export const API_KEY_PREFIX = "zk_";
const API_KEY_PATTERN = /^zk_[A-Za-z0-9_-]{40}$/;
/** How many leading characters are kept in clear so a person can tell keys apart in the list. */
const SHOWN_CHARS = 10;

export function generateApiKey(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_KEY_PREFIX}${crypto.randomBytes(30).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, SHOWN_CHARS), hash: hashApiKey(secret) };
}

export function hashApiKey(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

export function looksLikeApiKey(value: string): boolean {
  return API_KEY_PATTERN.test(value);
}
