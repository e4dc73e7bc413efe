import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { companies, duties, employees, memberships, notifications, users } from "@/db/schema";
import { CLAIMABLE } from "./attempt";

/**
 * Claims the row for this attempt: pending → sending, attempts + 1 (the claim's number). Only one
 * sender can win; a row already sent, cancelled or failed is never claimed again, and a 'sending' row
 * only when its attempt is gone (see CLAIMABLE). SKIP LOCKED: a row a live attempt holds is not waited for.
 */
export async function claimNotification(tx: Tx, companyId: string, id: string) {
  const claimable = tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.companyId, companyId), eq(notifications.id, id), CLAIMABLE))
    .for("update", { skipLocked: true });
  const [row] = await tx
    .update(notifications)
    .set({ status: "sending", claimedAt: sql`now()`, attempts: sql`${notifications.attempts} + 1` })
    .where(and(eq(notifications.companyId, companyId), inArray(notifications.id, claimable)))
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
