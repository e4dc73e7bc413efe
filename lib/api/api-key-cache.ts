import type { ResolvedApiKey } from "@/lib/services/api-keys/unsafe-resolve-api-key";

/** Short enough that last_used_at stays a fair hint; revocation does not wait for it (see below). */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Resolved API keys by the SHA-256 of their secret, held for 30 s so a busy integration does not pay
 * a database lookup per request. An entry is trusted only when Redis confirms, in the rate limit's
 * round trip, that the key carries no revocation mark (lib/services/api-keys/revocation-mark.ts);
 * otherwise the database decides (lib/api/authenticate.ts). Unknown keys are never cached. An entry
 * holds the key's id, company and scopes — never the secret, and never any tenant data.
 */
export class ApiKeyCache {
  readonly #entries = new Map<string, { key: ResolvedApiKey; expiresAt: number }>();

  get(hash: string, now = Date.now()): ResolvedApiKey | undefined {
    const entry = this.#entries.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.key;
    this.#entries.delete(hash);
    return undefined;
  }

  set(hash: string, key: ResolvedApiKey, now = Date.now()): void {
    this.#entries.delete(hash);
    // A Map iterates in insertion order: the first entry is the oldest.
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value ?? "");
    this.#entries.set(hash, { key, expiresAt: now + TTL_MS });
  }

  delete(hash: string): void {
    this.#entries.delete(hash);
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** The web process's cache (one per process: each instance has its own and obeys the same marks). */
export const sharedApiKeyCache = new ApiKeyCache();
