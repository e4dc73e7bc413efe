import { and, asc, eq } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  auditLog,
  cardChecks,
  cardRecords,
  cardSubmissions,
  companies,
  confirmations,
  duties,
  employees,
  employeeTokens,
  events,
  longVacations,
  notifications,
  shifts,
  uploads,
} from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { decryptField } from "@/lib/crypto/field-encryption";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertRole, type ServiceContext } from "../context";

/**
 * A data-subject export (APPI disclosure of retained personal data): everything held about one
 * employee, card numbers decrypted, in one JSON document. Secrets that are not the person's data stay
 * out (token hashes, storage keys). Owners, admins and HR only — it shows more than a viewer sees — and
 * each export is audited (ids and format only).
 */
export type Section = { key: string; rows: Record<string, unknown>[] };
export type EmployeeExport = {
  format: "zairyu-subject-access/1";
  exportedAt: string;
  company: { id: string; name: string };
  employeeId: string;
  sections: Section[];
};

export async function exportEmployeeData(
  ctx: ServiceContext,
  employeeId: string,
  format: "json" | "pdf",
): Promise<EmployeeExport> {
  assertRole(ctx, ["owner", "admin", "hr"]);
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const of = (t: { companyId: AnyPgColumn; employeeId: AnyPgColumn }) =>
      and(eq(t.companyId, ctx.companyId), eq(t.employeeId, employeeId));
    const [employee] = await tx
      .select()
      .from(employees)
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, employeeId)));
    if (!employee) throw notFound("employee");
    const [company] = await tx
      .select({ name: companies.legalNameJa })
      .from(companies)
      .where(eq(companies.id, ctx.companyId));
    const cards = await tx
      .select()
      .from(cardRecords)
      .where(of(cardRecords))
      .orderBy(asc(cardRecords.createdAt));
    const submissions = await tx
      .select()
      .from(cardSubmissions)
      .where(of(cardSubmissions))
      .orderBy(asc(cardSubmissions.createdAt));
    const sections: Section[] = [
      { key: "employee", rows: [employee] },
      {
        key: "cardRecords",
        rows: cards.map(({ cardNumberEncrypted, ...card }) => ({
          ...card,
          cardNumber: open(cardNumberEncrypted),
        })),
      },
      { key: "events", rows: await tx.select().from(events).where(of(events)).orderBy(asc(events.date)) },
      { key: "duties", rows: await tx.select().from(duties).where(of(duties)).orderBy(asc(duties.dueDate)) },
      {
        key: "notifications",
        rows: await tx
          .select()
          .from(notifications)
          .where(of(notifications))
          .orderBy(asc(notifications.sendOn)),
      },
      {
        key: "employeeLinks",
        rows: (await tx.select().from(employeeTokens).where(of(employeeTokens))).map(
          ({ tokenHash: _secret, ...link }) => link,
        ),
      },
      {
        key: "uploads",
        rows: (await tx.select().from(uploads).where(of(uploads))).map(
          ({ storageKey: _internal, ...upload }) => upload,
        ),
      },
      { key: "confirmations", rows: await tx.select().from(confirmations).where(of(confirmations)) },
      { key: "cardSubmissions", rows: submissions.map((s) => ({ ...s, data: openSubmission(s.data) })) },
      {
        key: "cardChecks",
        rows: await tx.select().from(cardChecks).where(of(cardChecks)).orderBy(asc(cardChecks.checkedOn)),
      },
      { key: "shifts", rows: await tx.select().from(shifts).where(of(shifts)).orderBy(asc(shifts.date)) },
      { key: "longVacations", rows: await tx.select().from(longVacations).where(of(longVacations)) },
      {
        key: "auditTrail",
        rows: await tx
          .select({
            createdAt: auditLog.createdAt,
            action: auditLog.action,
            actorType: auditLog.actorType,
            data: auditLog.data,
          })
          .from(auditLog)
          .where(
            and(
              eq(auditLog.companyId, ctx.companyId),
              eq(auditLog.entityType, "employee"),
              eq(auditLog.entityId, employeeId),
            ),
          )
          .orderBy(asc(auditLog.id)),
      },
    ];
    await writeAudit(tx, ctx, {
      action: "employee.exported",
      entityType: "employee",
      entityId: employeeId,
      data: { format },
    });
    return {
      format: "zairyu-subject-access/1",
      exportedAt: new Date().toISOString(),
      company: { id: ctx.companyId, name: company?.name ?? "" },
      employeeId,
      sections,
    };
  });
}

/** A value no configured key opens is reported as such, not dropped: the person is told it exists. */
function open(encrypted: string | null): string | null {
  if (!encrypted) return null;
  try {
    return decryptField(encrypted);
  } catch {
    return "(encrypted: key not available)";
  }
}

function openSubmission(data: Record<string, unknown>): Record<string, unknown> {
  const { cardNumberEncrypted, ...rest } = data;
  return typeof cardNumberEncrypted === "string" ? { ...rest, cardNumber: open(cardNumberEncrypted) } : rest;
}
