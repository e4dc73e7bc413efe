import crypto from "node:crypto";
import { getEnv } from "@/lib/env";

/**
 * AES-256-GCM for identifiers at rest (residence card numbers). Stored form:
 * `v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>`. The key id is a short hash of the key, so
 * after a rotation old rows still name the key that can open them (CARD_ENCRYPTION_KEYS_OLD) until
 * scripts/rotate-encryption-key.ts re-encrypts them under the current key.
 */
type Key = { id: string; bytes: Buffer };

function toKey(base64: string): Key {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length !== 32) throw new Error("an encryption key must be 32 bytes");
  return { id: crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes };
}

export function currentKey(): Key {
  return toKey(getEnv().CARD_ENCRYPTION_KEY);
}

function allKeys(): Key[] {
  const old = getEnv()
    .CARD_ENCRYPTION_KEYS_OLD.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return [currentKey(), ...old.map(toKey)];
}

export function encryptField(plain: string, key: Key = currentKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key.bytes, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    "v1",
    key.id,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(".");
}

export function decryptField(stored: string): string {
  const [version, keyId, iv, tag, ciphertext] = stored.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || ciphertext === undefined)
    throw new Error("not an encrypted field");
  const key = allKeys().find((k) => k.id === keyId);
  if (!key) throw new Error(`no key ${keyId} configured to decrypt this field`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

export function keyIdOf(stored: string): string | undefined {
  return stored.split(".")[1];
}
