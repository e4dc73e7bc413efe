import crypto from "node:crypto";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { companies, invitations, memberships, users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { withTenant } from "@/db/tenant";
import { hashPassword } from "@/lib/auth/password";
import { sendEmail } from "@/lib/email/mailer";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ZAcceptInvitation, ZInviteRequest } from "@/lib/validation/account";
import { toFieldIssues } from "@/lib/validation/messages";
import { writeAudit } from "./audit";
import { assertRole, type ServiceContext } from "./context";

const INVITATION_DAYS = 7;
const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

export async function listTeam(ctx: ServiceContext) {
  return withTenant(ctx, async (tx) => {
    const members = await tx
      .select({ userId: memberships.userId, role: memberships.role, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.companyId, ctx.companyId))
      .orderBy(asc(memberships.createdAt));
    const pending = await tx
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .where(
        and(
          eq(invitations.companyId, ctx.companyId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      );
    return { members, pending };
  });
}

/** Owners invite by email. Only a hash of the token is stored; the link is in the email alone. */
export async function inviteMember(ctx: ServiceContext, input: unknown, inviterName: string): Promise<void> {
  assertRole(ctx, ["owner"]);
  const parsed = ZInviteRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const token = crypto.randomBytes(32).toString("base64url");
  const companyName = await withTenant(ctx, async (tx) => {
    await tx.insert(invitations).values({
      companyId: ctx.companyId,
      email: parsed.data.email,
      role: parsed.data.role,
      tokenHash: sha256(token),
      invitedBy: ctx.actor.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    });
    await writeAudit(tx, ctx, {
      action: "member.invited",
      entityType: "invitation",
      data: { role: parsed.data.role },
    });
    const [company] = await tx
      .select({ name: companies.legalNameJa })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    return company?.name ?? "";
  });
  const url = `${getEnv().APP_URL}/invite/${token}`;
  await sendEmail(
    parsed.data.email,
    invitationEmail({ url, companyName, inviterName, role: parsed.data.role, locale: ctx.locale }),
  );
}

/** Looks up an open invitation by its token (before any tenant is known: system connection). */
export async function unsafeFindInvitation(token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const [row] = await systemConnection()
    .db.select({
      id: invitations.id,
      companyId: invitations.companyId,
      email: invitations.email,
      role: invitations.role,
      companyName: companies.legalNameJa,
    })
    .from(invitations)
    .innerJoin(companies, eq(companies.id, invitations.companyId))
    .where(
      and(
        eq(invitations.tokenHash, sha256(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/** Accepting creates the person (or reuses them) and their membership, then closes the invitation. */
export async function acceptInvitation(input: unknown, locale: "ja" | "en"): Promise<{ email: string }> {
  const parsed = ZAcceptInvitation.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, locale));
  const invitation = await unsafeFindInvitation(parsed.data.token);
  if (!invitation) throw new AppError("not_found", "invitation not found or expired");
  const passwordHash = await hashPassword(parsed.data.password);
  await withTenant({ companyId: invitation.companyId }, async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
    if (existing)
      throw new AppError(
        "conflict",
        "this email already has an account: sign in, then ask the owner to add you",
        [{ field: "email", message: "sign in instead" }],
      );
    const [user] = await tx
      .insert(users)
      .values({
        name: parsed.data.name,
        email: invitation.email,
        passwordHash,
        locale,
        emailVerified: new Date(),
      })
      .returning({ id: users.id });
    if (!user) throw new Error("insert returned no row");
    await tx
      .insert(memberships)
      .values({ companyId: invitation.companyId, userId: user.id, role: invitation.role });
    const closed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (closed.length === 0) throw new AppError("conflict", "invitation already used");
    await writeAudit(
      tx,
      {
        companyId: invitation.companyId,
        actor: { type: "user", id: user.id, role: invitation.role },
        locale,
      },
      {
        action: "member.joined",
        entityType: "membership",
        entityId: user.id,
        data: { role: invitation.role },
      },
    );
  });
  return { email: invitation.email };
}
