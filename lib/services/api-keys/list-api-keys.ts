import { desc, eq } from "drizzle-orm";
import { apiKeys, users } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { assertRole, type ServiceContext } from "../context";
import { KEY_MANAGER_ROLES } from "./create-api-key";

/** The company's keys for the settings page: never the hash, only the prefix people recognise. */
export async function listApiKeys(ctx: ServiceContext) {
  assertRole(ctx, KEY_MANAGER_ROLES);
  return withTenant(ctx, (tx) =>
    tx
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        createdAt: apiKeys.createdAt,
        createdBy: users.name,
        lastUsedAt: apiKeys.lastUsedAt,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.createdBy))
      .where(eq(apiKeys.companyId, ctx.companyId))
      .orderBy(desc(apiKeys.createdAt)),
  );
}

export type ApiKeyListItem = Awaited<ReturnType<typeof listApiKeys>>[number];
