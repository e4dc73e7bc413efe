import { and, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { companies, duties, employees, memberships, notifications, users } from "@/db/schema";
import { textArray } from "../sql-helpers";
import { CLAIMABLE } from "./attempt";

/**
 * The send path's statements are prepared (`.prepare(name)`): drizzle's queries are otherwise unnamed,
 * and postgres.js sends an unnamed statement with parameters as a describe, waits for the answer, then
 * binds — two round trips each, and the statements issued after it in the same tick wait instead of
 * being pipelined. Prepared, each is parsed once per connection and then one message, so the claim and
 * the render's reads are one round trip. Their text must not depend on the number of ids (a new
 * statement per batch size): hence `column = any($1::uuid[])`, one parameter, rather than `in ($1, …)`.
 */
export const anyOf = (column: AnyPgColumn, ids: readonly string[]) =>
  sql`${column} = any(${textArray(ids, "uuid")})`;

/**
 * Claims the batch's rows for this attempt: pending → sending, attempts + 1 (each row's claim number).
 * Only one sender can win a row; a row already sent, cancelled or failed is never claimed again, and a
 * 'sending' row only when its attempt is gone (see CLAIMABLE). SKIP LOCKED: a row a live attempt holds
 * is not waited for.
 */
export async function claimNotifications(tx: Tx, companyId: string, ids: readonly string[]) {
  const claimable = tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.companyId, companyId), anyOf(notifications.id, ids), CLAIMABLE))
    .for("update", { skipLocked: true });
  return tx
    .update(notifications)
    .set({ status: "sending", claimedAt: sql`now()`, attempts: sql`${notifications.attempts} + 1` })
    .where(and(eq(notifications.companyId, companyId), inArray(notifications.id, claimable)))
    .returning()
    .prepare("claim_notifications")
    .execute();
}

/** Ids of the given rows that another attempt is sending now (the rest were sent, cancelled or failed). */
export async function busyNotifications(
  tx: Tx,
  companyId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.companyId, companyId),
        anyOf(notifications.id, ids),
        eq(notifications.status, "sending"),
      ),
    );
  return rows.map((r) => r.id);
}

export async function loadCompany(tx: Tx, companyId: string) {
  const [company] = await tx
    .select({ name: companies.legalNameJa, immigrationOffice: companies.immigrationOffice })
    .from(companies)
    .where(eq(companies.id, companyId))
    .prepare("load_company")
    .execute();
  if (!company) throw new Error("company not found");
  return company;
}

/**
 * The duties and employees of the given notification rows, found through the rows themselves, so the
 * read needs nothing from the claim and goes out with it (./send-notifications.ts).
 */
export async function loadDutiesAndEmployees(tx: Tx, companyId: string, notificationIds: readonly string[]) {
  if (notificationIds.length === 0) return [];
  const dutyIds = tx
    .select({ id: notifications.dutyId })
    .from(notifications)
    .where(and(eq(notifications.companyId, companyId), anyOf(notifications.id, notificationIds)));
  return tx
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
    .where(and(eq(duties.companyId, companyId), inArray(duties.id, dutyIds)))
    .prepare("load_duties_and_employees")
    .execute();
}

/** The company's HR members (owner/admin/hr) with their role, for a whole batch at once. */
export async function hrMembers(tx: Tx, companyId: string) {
  return tx
    .select({ userId: users.id, email: users.email, locale: users.locale, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.role, ["owner", "admin", "hr"])))
    .prepare("hr_members")
    .execute();
}
