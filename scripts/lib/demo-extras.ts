import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { getEnv } from "@/lib/env";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { unsafeResolveApiKey } from "@/lib/services/api-keys/unsafe-resolve-api-key";
import { DEMO_OWNER } from "../seed";

/**
 * Lines the demo prints after start-up: an API key for the demo company. Only its hash is in the
 * database, so the demo keeps the key itself beside its own throwaway data (.data/demo-api-key, mode
 * 600) and prints it again on the next run; if that key was revoked, a new one is made.
 */
const KEY_FILE = path.resolve(import.meta.dirname, "../../.data/demo-api-key");

export async function demoExtras(opts: { keyFile?: string } = {}): Promise<string[]> {
  const keyFile = opts.keyFile ?? KEY_FILE;
  const [owner] = await systemConnection()
    .db.select({ userId: users.id, companyId: memberships.companyId })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, "owner")))
    .where(eq(users.email, DEMO_OWNER.email))
    .limit(1);
  if (!owner) return [];
  let secret = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : "";
  const existing = secret ? await unsafeResolveApiKey(secret) : null;
  if (existing?.companyId !== owner.companyId) {
    const ctx = {
      companyId: owner.companyId,
      actor: { type: "user" as const, id: owner.userId, role: "owner" as const },
      locale: "en" as const,
    };
    secret = (await createApiKey(ctx, { name: "Demo key (npm run demo)", scopes: ["read", "write"] })).secret;
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    fs.writeFileSync(keyFile, `${secret}\n`, { mode: 0o600 });
  }
  const url = getEnv().APP_URL;
  return [
    `API key:   ${secret}  (read+write; reference at ${url}/api/docs)`,
    `Try it:    curl -H "Authorization: Bearer ${secret}" ${url}/api/v1/employees?limit=2`,
  ];
}
