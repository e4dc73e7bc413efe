import crypto from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { employeeTokens } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { getEnv } from "@/lib/env";

export const EMPLOYEE_LINK_DAYS = 30;
export type EmployeeLinkScope = "duties" | "card_update";
const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

/**
 * A personal link for one employee (no password; works on a phone). Only the token's hash is stored,
 * inside the caller's tenant transaction, so the email that carries the link and the token are
 * written together. Single employee, one scope, expires (default 30 days), revocable by HR.
 */
export async function issueEmployeeLink(
  tx: Tx,
  opts: {
    companyId: string;
    employeeId: string;
    scope?: "duties" | "card_update";
    days?: number;
    now?: Date;
  },
): Promise<{ url: string; tokenId: string }> {
  const [link] = await issueEmployeeLinks(tx, opts.companyId, [opts.employeeId], opts);
  if (!link) throw new Error("insert returned no row");
  return link;
}

/** The same for several employees in one insert (the send pipeline's batches): one link each, in order. */
export async function issueEmployeeLinks(
  tx: Tx,
  companyId: string,
  employeeIds: readonly string[],
  opts: { scope?: "duties" | "card_update"; days?: number; now?: Date } = {},
): Promise<{ url: string; tokenId: string }[]> {
  if (employeeIds.length === 0) return [];
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (opts.days ?? EMPLOYEE_LINK_DAYS) * 86_400_000);
  const tokens = employeeIds.map(() => crypto.randomBytes(32).toString("base64url"));
  const rows = await tx
    .insert(employeeTokens)
    .values(
      employeeIds.map((employeeId, i) => ({
        companyId,
        employeeId,
        tokenHash: sha256(tokens[i] ?? ""),
        scope: opts.scope ?? "duties",
        expiresAt,
      })),
    )
    .returning({ id: employeeTokens.id, tokenHash: employeeTokens.tokenHash });
  const idByHash = new Map(rows.map((r) => [r.tokenHash, r.id]));
  return tokens.map((token) => {
    const tokenId = idByHash.get(sha256(token));
    if (!tokenId) throw new Error("insert returned no row");
    return { url: `${getEnv().APP_URL}/e/${token}`, tokenId };
  });
}

export type EmployeeTokenState =
  | {
      state: "valid";
      tokenId: string;
      companyId: string;
      employeeId: string;
      scope: "duties" | "card_update";
      createdAt: Date;
    }
  | { state: "expired" | "revoked" | "unknown"; companyId?: string; employeeId?: string };

/**
 * Resolves a link before any tenant is known (system connection): the token itself is the credential.
 * Distinguishes expired and revoked links so the page can say what to do next.
 */
export async function unsafeResolveEmployeeToken(
  token: string,
  now = new Date(),
): Promise<EmployeeTokenState> {
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return { state: "unknown" };
  const [row] = await systemConnection()
    .db.select()
    .from(employeeTokens)
    .where(eq(employeeTokens.tokenHash, sha256(token)));
  if (!row) return { state: "unknown" };
  if (row.revokedAt) return { state: "revoked", companyId: row.companyId, employeeId: row.employeeId };
  if (row.expiresAt <= now) return { state: "expired", companyId: row.companyId, employeeId: row.employeeId };
  await systemConnection()
    .db.update(employeeTokens)
    .set({ lastUsedAt: now })
    .where(
      and(eq(employeeTokens.id, row.id), isNull(employeeTokens.revokedAt), gt(employeeTokens.expiresAt, now)),
    );
  return {
    state: "valid",
    tokenId: row.id,
    companyId: row.companyId,
    employeeId: row.employeeId,
    scope: row.scope,
    createdAt: row.createdAt,
  };
}
