import { and, eq, gte, inArray } from "drizzle-orm";
import { cardSubmissions, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import type { ServiceContext } from "../context";
import { type EmployeeLinkScope, unsafeResolveEmployeeToken } from "./employee-link";
import { type LinkUse, takeLinkLimit } from "./rate-limit";

/** What a valid link lets its holder do. A card-update link cannot confirm filings. */
export const SCOPE_ALLOWS = {
  duties: ["duties", "card", "preferences"],
  card_update: ["card", "preferences"],
} as const satisfies Record<EmployeeLinkScope, readonly string[]>;
export type LinkAbility = (typeof SCOPE_ALLOWS)[EmployeeLinkScope][number];

export type EmployeeAccess = {
  /** The employee as the actor of every write (audit: actor type "employee", their IP). */
  ctx: ServiceContext & { actor: { type: "employee"; id: string } };
  tokenId: string;
  scope: EmployeeLinkScope;
  language: EmployeeLanguage;
};

export type ClosedLinkState = "expired" | "revoked" | "unknown" | "used" | "rate_limited";
export type AccessResult =
  | { isOpen: true; access: EmployeeAccess }
  | { isOpen: false; state: ClosedLinkState; language: EmployeeLanguage | null; retryAfterSeconds?: number };

/**
 * The door of every employee page and form: rate limit, token check, then the employee (who must still
 * be active). A closed link still tells the page the employee's language, so "this link has expired,
 * ask HR for a new one" is written in words they read. A card-update link is "used" once its card is
 * with HR (pending or accepted); if HR sends the card back, the same link works again.
 */
export async function openEmployeeLink(
  token: string,
  use: LinkUse,
  ip: string | null,
): Promise<AccessResult> {
  const limit = await takeLinkLimit(use, token, ip ?? "unknown");
  if (!limit.isAllowed)
    return {
      isOpen: false,
      state: "rate_limited",
      language: null,
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  const resolved = await unsafeResolveEmployeeToken(token);
  if (!resolved.companyId || !resolved.employeeId) return { isOpen: false, state: "unknown", language: null };
  const { companyId, employeeId } = resolved;
  const found = await withTenant({ companyId }, async (tx) => {
    const [employee] = await tx
      .select({ language: employees.preferredLanguage, archivedAt: employees.archivedAt })
      .from(employees)
      .where(and(eq(employees.companyId, companyId), eq(employees.id, employeeId)));
    if (!employee || resolved.state !== "valid" || resolved.scope !== "card_update")
      return { employee, isUsed: false };
    const [submitted] = await tx
      .select({ id: cardSubmissions.id })
      .from(cardSubmissions)
      .where(
        and(
          eq(cardSubmissions.companyId, companyId),
          eq(cardSubmissions.employeeId, employeeId),
          gte(cardSubmissions.createdAt, resolved.createdAt),
          inArray(cardSubmissions.status, ["pending", "accepted"]),
        ),
      )
      .limit(1);
    return { employee, isUsed: Boolean(submitted) };
  });
  const language = found.employee?.language ?? null;
  if (!found.employee || found.employee.archivedAt) return { isOpen: false, state: "revoked", language };
  if (resolved.state !== "valid") return { isOpen: false, state: resolved.state, language };
  if (found.isUsed) return { isOpen: false, state: "used", language };
  const ctx = { companyId, actor: { type: "employee" as const, id: employeeId }, ip, locale: "en" as const };
  return {
    isOpen: true,
    access: { ctx, tokenId: resolved.tokenId, scope: resolved.scope, language: found.employee.language },
  };
}

export function canUse(access: EmployeeAccess, ability: LinkAbility): boolean {
  return (SCOPE_ALLOWS[access.scope] as readonly string[]).includes(ability);
}
