import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { KEY_MANAGER_ROLES } from "./create-api-key";

/** Revocation is immediate (every request looks the key up) and final: a revoked key never works again. */
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
  });
}
