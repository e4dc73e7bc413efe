import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { companies, memberships, users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { withTenant } from "@/db/tenant";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { ZSignUpRequest } from "@/lib/validation/account";
import { ruleText, toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";

/**
 * Creates the company, the person and their owner membership in one transaction: a failure leaves
 * no orphan user. The company id is chosen first so the inserts pass row-level security.
 */
export async function signUp(
  input: unknown,
  locale: HrLocale,
  ip?: string | null,
): Promise<{ userId: string; companyId: string; email: string }> {
  const parsed = ZSignUpRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, locale));
  const { companyName, name, email, password } = parsed.data;
  const [existing] = await systemConnection()
    .db.select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  if (existing) throw emailTaken(locale);
  const passwordHash = await hashPassword(password);
  const companyId = crypto.randomUUID();
  try {
    return await withTenant({ companyId }, async (tx) => {
      await tx.insert(companies).values({ id: companyId, legalNameJa: companyName });
      const [user] = await tx
        .insert(users)
        .values({ name, email, passwordHash, locale: parsed.data.locale })
        .returning({ id: users.id });
      if (!user) throw new Error("insert returned no row");
      await tx.insert(memberships).values({ companyId, userId: user.id, role: "owner" });
      await writeAudit(
        tx,
        { companyId, actor: { type: "user", id: user.id, role: "owner" }, ip, locale },
        { action: "company.created", entityType: "company", entityId: companyId },
      );
      return { userId: user.id, companyId, email };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") throw emailTaken(locale);
    throw error;
  }
}

function emailTaken(locale: HrLocale): AppError {
  const message =
    locale === "ja"
      ? "メールアドレス: このアドレスでは登録できません。サインインしてください"
      : "Email: this address cannot be used to sign up; sign in instead";
  return new AppError("conflict", ruleText("invalid_choice", locale), [
    { field: "email", message, rule: "email_taken" },
  ]);
}
