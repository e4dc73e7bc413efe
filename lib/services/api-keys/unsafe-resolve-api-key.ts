import { and, eq, isNull, sql } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { hashApiKey, looksLikeApiKey } from "./key-material";
import type { ApiKeyScope } from "./schemas";

export type ResolvedApiKey = { id: string; companyId: string; scopes: readonly ApiKeyScope[] };

/** last_used_at is a hint for people ("used 3 minutes ago"), so it is written at most once a minute. */
const TOUCH_INTERVAL = sql`interval '60 seconds'`;

/**
 * Finds the active key for a presented secret. Unsafe by nature: the company is not known until the key
 * is found, so this reads through the system connection — by the unique hash only, never by anything
 * the caller can choose freely.
 */
export async function unsafeResolveApiKey(secret: string): Promise<ResolvedApiKey | null> {
  if (!looksLikeApiKey(secret)) return null;
  const { db } = systemConnection();
  const [key] = await db
    .select({
      id: apiKeys.id,
      companyId: apiKeys.companyId,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(secret)), isNull(apiKeys.revokedAt)));
  if (!key) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.id, key.id),
          sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < now() - ${TOUCH_INTERVAL})`,
        ),
      );
  }
  return { id: key.id, companyId: key.companyId, scopes: key.scopes };
}
