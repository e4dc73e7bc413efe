import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { companies, duties, employees, memberships, notifications, users } from "@/db/schema";

/** Rows stuck in 'sending' longer than this (a crash between claim and record) may be claimed again. */
const RECLAIM_AFTER = sql.raw("interval '15 minutes'");

/**
 * Claims the row for this attempt: pending → sending, attempts + 1. Only one sender can win; a row
 * already sent, cancelled or failed is never claimed again. Also reclaims a stale 'sending' row.
 */
export async function claimNotification(tx: Tx, companyId: string, id: string) {
  const [row] = await tx
    .update(notifications)
    .set({ status: "sending", claimedAt: new Date(), attempts: sql`${notifications.attempts} + 1` })
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.id, id),
        sql`(${notifications.status} = 'pending' or (${notifications.status} = 'sending' and ${notifications.claimedAt} < now() - ${RECLAIM_AFTER}))`,
      ),
    )
    .returning();
  return row ?? null;
}

export async function notificationStatus(tx: Tx, companyId: string, id: string): Promise<string | null> {
  const [row] = await tx
    .select({ status: notifications.status })
    .from(notifications)
    .where(and(eq(notifications.companyId, companyId), eq(notifications.id, id)));
  return row?.status ?? null;
}

export async function loadCompany(tx: Tx, companyId: string) {
  const [company] = await tx
    .select({ name: companies.legalNameJa, immigrationOffice: companies.immigrationOffice })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new Error("company not found");
  return company;
}

export async function loadDutyAndEmployee(tx: Tx, companyId: string, dutyId: string) {
  const [row] = await tx
    .select({
      duty: duties,
      employee: {
        id: employees.id,
        name: employees.nameOnCard,
        email: employees.email,
        language: employees.preferredLanguage,
        archivedAt: employees.archivedAt,
      },
    })
    .from(duties)
    .innerJoin(employees, eq(employees.id, duties.employeeId))
    .where(and(eq(duties.companyId, companyId), eq(duties.id, dutyId)));
  return row ?? null;
}

/** Email addresses of the company's members in the given roles (HR: owner/admin/hr; escalation: owner). */
export async function memberAddresses(
  tx: Tx,
  companyId: string,
  roles: readonly ("owner" | "admin" | "hr")[],
  userId?: string | null,
) {
  const rows = await tx
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, companyId),
        inArray(memberships.role, [...roles]),
        ...(userId ? [eq(memberships.userId, userId)] : []),
      ),
    );
  return rows;
}
