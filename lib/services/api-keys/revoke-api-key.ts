import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { KEY_MANAGER_ROLES } from "./create-api-key";
import { markRevoked } from "./revocation-mark";

/**
 * Revocation is immediate and final: a revoked key never works again. Web processes cache keys for
 * 30 s, so the key is marked in Redis before the revocation commits (revocation-mark.ts): from then on
 * no process trusts its cached copy. If Redis cannot be reached the revocation still commits (it must
 * always be possible); processes that cannot reach Redis either look every key up in the database, and
 * only one that can reach it while this one cannot may serve its cached copy, for at most 30 s.
 */
export async function revokeApiKey(ctx: ServiceContext, keyId: string): Promise<void> {
  assertRole(ctx, KEY_MANAGER_ROLES);
  if (!isUuid(keyId)) throw notFound("API key");
  await withTenant(ctx, async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.companyId, ctx.companyId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (revoked.length === 0) throw notFound("API key");
    await writeAudit(tx, ctx, { action: "api_key.revoked", entityType: "api_key", entityId: keyId });
    if (!(await markRevoked(keyId)))
      console.warn(`[api-keys] revocation mark not written for key ${keyId}: Redis unavailable`);
  });
}
