import crypto from "node:crypto";

/**
 * Webhook signatures, Stripe-style: `Zairyu-Signature: t=<unix seconds>,v1=<hex>` where
 * v1 = HMAC-SHA256(secret, `${t}.${rawBody}`). The timestamp is signed with the body, so a captured
 * delivery cannot be replayed later than the receiver's tolerance.
 */
export const SIGNATURE_HEADER = "Zairyu-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function generateWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64url")}`;
}

export function signatureFor(secret: string, timestamp: number, body: string): string {
  return crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  return `t=${timestamp},v1=${signatureFor(secret, timestamp, body)}`;
}

/** What a receiver does (and what the tests' receiver does): constant-time compare, bounded age. */
export function verifyWebhookSignature(
  header: string | null | undefined,
  body: string,
  secret: string,
  opts: { toleranceSeconds?: number; now?: number } = {},
): { isValid: boolean; reason?: "malformed" | "too_old" | "mismatch" } {
  const parts = new Map((header ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given))
    return { isValid: false, reason: "malformed" };
  const nowSeconds = Math.floor((opts.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - timestamp) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS))
    return { isValid: false, reason: "too_old" };
  const expected = Buffer.from(signatureFor(secret, timestamp, body), "hex");
  const isSame = crypto.timingSafeEqual(expected, Buffer.from(given, "hex"));
  return isSame ? { isValid: true } : { isValid: false, reason: "mismatch" };
}
