import { and, asc, eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { companies, memberships, type Role, users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { HR_LOCALES, type HrLocale } from "@/lib/i18n/languages";
import { rateLimitIp } from "@/lib/security/client-ip";
import type { ServiceContext } from "@/lib/services/context";
import { auth } from "./config";

export const COMPANY_COOKIE = "zairyu_company";

export type TenantSession = ServiceContext & {
  actor: { type: "user"; id: string; role: Role };
  user: { id: string; name: string | null; email: string };
  company: { id: string; name: string };
};

/**
 * The first wall: a signed-in user and a membership row of the company they act for. Resolved on every
 * request, so a removed member or a changed role takes effect at once.
 */
export async function requireTenant(): Promise<TenantSession> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/sign-in");
  const wanted = (await cookies()).get(COMPANY_COOKIE)?.value;
  const rows = await systemConnection()
    .db.select({
      companyId: memberships.companyId,
      role: memberships.role,
      companyName: companies.legalNameJa,
      name: users.name,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId)))
    .orderBy(asc(memberships.createdAt));
  const membership = rows.find((r) => r.companyId === wanted) ?? rows[0];
  if (!membership) redirect("/sign-in?error=no-membership");
  return {
    companyId: membership.companyId,
    actor: { type: "user", id: userId, role: membership.role },
    user: { id: userId, name: membership.name, email: membership.email },
    company: { id: membership.companyId, name: membership.companyName },
    ip: await clientIp(),
    locale: await currentLocale(),
  };
}

export async function currentLocale(): Promise<HrLocale> {
  const value = (await cookies()).get("NEXT_LOCALE")?.value;
  if (HR_LOCALES.includes(value as HrLocale)) return value as HrLocale;
  const accept = (await headers()).get("accept-language") ?? "";
  return /^en\b/i.test(accept) ? "en" : "ja";
}

/** The client address for the audit log: the same trusted (right-most) X-Forwarded-For entry the limits use. */
export async function clientIp(): Promise<string | null> {
  const ip = rateLimitIp(await headers());
  return ip === "unknown" ? null : ip;
}
