import { and, desc, eq, isNull } from "drizzle-orm";
import { companies, employees, employeeTokens } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { sendEmail } from "@/lib/email/mailer";
import { employeeLinkEmail } from "@/lib/email/templates/employee-link";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { toFieldIssues } from "@/lib/validation/messages";
import { ZSendEmployeeLinkRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { issueEmployeeLink } from "./employee-link";

export type EmployeeLinkRow = {
  id: string;
  scope: "duties" | "card_update";
  state: "active" | "expired" | "revoked";
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** An employee's personal links, newest first (hashes never leave the database). */
export async function listEmployeeLinks(
  ctx: ServiceContext,
  employeeId: string,
  now = new Date(),
): Promise<EmployeeLinkRow[]> {
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: employeeTokens.id,
        scope: employeeTokens.scope,
        createdAt: employeeTokens.createdAt,
        expiresAt: employeeTokens.expiresAt,
        lastUsedAt: employeeTokens.lastUsedAt,
        revokedAt: employeeTokens.revokedAt,
      })
      .from(employeeTokens)
      .where(and(eq(employeeTokens.companyId, ctx.companyId), eq(employeeTokens.employeeId, employeeId)))
      .orderBy(desc(employeeTokens.createdAt))
      .limit(50);
    return rows.map((r) => ({
      ...r,
      state: r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active",
    }));
  });
}

/**
 * Revokes one link (tokenId) or every active link of the employee (tokenId omitted). The employee id
 * is part of the condition, so a token id from another employee or company changes nothing.
 */
export async function revokeEmployeeLinks(
  ctx: ServiceContext,
  employeeId: string,
  tokenId?: string,
): Promise<{ revoked: number }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId) || (tokenId !== undefined && !isUuid(tokenId))) throw notFound("link");
  return withTenant(ctx, async (tx) => {
    const rows = await tx
      .update(employeeTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(employeeTokens.companyId, ctx.companyId),
          eq(employeeTokens.employeeId, employeeId),
          isNull(employeeTokens.revokedAt),
          ...(tokenId ? [eq(employeeTokens.id, tokenId)] : []),
        ),
      )
      .returning({ id: employeeTokens.id });
    if (tokenId && rows.length === 0) throw notFound("link");
    await writeAudit(tx, ctx, {
      action: "employee_link.revoked",
      entityType: "employee",
      entityId: employeeId,
      data: { tokenIds: rows.map((r) => r.id) },
    });
    return { revoked: rows.length };
  });
}

/**
 * Emails the employee a fresh link, in their language. The token is committed first, then the email is
 * sent (awaited, outside the transaction so no lock is held during SMTP); if the send fails the token
 * is revoked again, so no usable link exists that nobody received. The URL is never shown to HR.
 */
export async function sendEmployeeLink(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
): Promise<{ tokenId: string }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZSendEmployeeLinkRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", toFieldIssues(parsed.error, ctx.locale));
  const prepared = await withTenant(ctx, async (tx) => {
    const [employee] = await tx
      .select({ name: employees.nameOnCard, email: employees.email, language: employees.preferredLanguage })
      .from(employees)
      .where(
        and(
          eq(employees.companyId, ctx.companyId),
          eq(employees.id, employeeId),
          isNull(employees.archivedAt),
        ),
      );
    if (!employee) throw notFound("employee");
    if (!employee.email) throw new AppError("conflict", "the employee has no email address");
    const [company] = await tx
      .select({ name: companies.legalNameJa })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    const link = await issueEmployeeLink(tx, {
      companyId: ctx.companyId,
      employeeId,
      scope: parsed.data.scope,
    });
    await writeAudit(tx, ctx, {
      action: "employee_link.sent",
      entityType: "employee",
      entityId: employeeId,
      data: { tokenId: link.tokenId, scope: parsed.data.scope },
    });
    return {
      to: employee.email,
      link,
      email: employeeLinkEmail({
        language: employee.language,
        employeeName: employee.name,
        companyName: company?.name ?? "",
        url: link.url,
      }),
    };
  });
  try {
    await sendEmail(prepared.to, prepared.email);
  } catch (error) {
    await withTenant(ctx, (tx) =>
      tx
        .update(employeeTokens)
        .set({ revokedAt: new Date() })
        .where(
          and(eq(employeeTokens.companyId, ctx.companyId), eq(employeeTokens.id, prepared.link.tokenId)),
        ),
    );
    throw new AppError(
      "unavailable",
      `the email could not be sent (${(error as Error).name}); no link was issued`,
    );
  }
  return { tokenId: prepared.link.tokenId };
}
