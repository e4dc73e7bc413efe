import { and, count, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { labelledIssues } from "@/lib/api/field-issues";
import { AppError } from "@/lib/errors";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";
import { generateApiKey } from "./key-material";
import { API_KEY_FIELD_LABELS, ZCreateApiKeyRequest } from "./schemas";

/** Enough for every integration a company runs; a cap keeps a leaked session from minting thousands. */
export const MAX_ACTIVE_KEYS = 20;
export const KEY_MANAGER_ROLES = ["owner", "admin"] as const;

/**
 * Creates a company API key. The secret is returned here once and never again: only its hash is
 * stored, so it cannot be shown later or recovered from the database.
 */
export async function createApiKey(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ id: string; secret: string; prefix: string }> {
  assertRole(ctx, KEY_MANAGER_ROLES);
  const parsed = ZCreateApiKeyRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some fields are invalid",
      labelledIssues(parsed.error, ctx.locale, API_KEY_FIELD_LABELS),
    );
  const { secret, prefix, hash } = generateApiKey();
  return withTenant(ctx, async (tx) => {
    const [active] = await tx
      .select({ n: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.companyId, ctx.companyId), isNull(apiKeys.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_KEYS)
      throw new AppError("conflict", `at most ${MAX_ACTIVE_KEYS} active API keys: revoke one first`);
    const [row] = await tx
      .insert(apiKeys)
      .values({
        companyId: ctx.companyId,
        name: parsed.data.name,
        prefix,
        keyHash: hash,
        scopes: parsed.data.scopes,
        createdBy: ctx.actor.id,
      })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, ctx, {
      action: "api_key.created",
      entityType: "api_key",
      entityId: row.id,
      data: { scopes: parsed.data.scopes },
    });
    return { id: row.id, secret, prefix };
  });
}
