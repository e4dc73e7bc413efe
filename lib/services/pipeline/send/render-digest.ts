import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { duties, employees } from "@/db/schema";
import { addDays, ruleByRef } from "@/lib/compliance";
import { digestEmail } from "@/lib/email/templates/digest";
import { getEnv } from "@/lib/env";
import type { HrLocale } from "@/lib/i18n/languages";

const LIMIT = 50;

type DigestRow = { name: string; rule: string; code: string; dueDate: string };
export type DigestLists = { overdue: DigestRow[]; dueThisWeek: DigestRow[]; renewals: DigestRow[] };

/**
 * The company's digest lists for today: overdue, due this week, renewals whose window is open. The same
 * for every member who gets the digest, so a batch reads them once; each member's email is then worded
 * in their own language (digestFor).
 */
export async function loadDigestLists(tx: Tx, companyId: string, today: string): Promise<DigestLists> {
  const base = and(
    eq(duties.companyId, companyId),
    eq(duties.status, "open"),
    isNull(duties.mutedAt),
    isNull(employees.archivedAt),
  );
  const pick = (where: ReturnType<typeof and>) =>
    tx
      .select({ name: employees.nameOnCard, rule: duties.rule, code: duties.code, dueDate: duties.dueDate })
      .from(duties)
      .innerJoin(employees, eq(employees.id, duties.employeeId))
      .where(and(base, where))
      .orderBy(asc(duties.dueDate))
      .limit(LIMIT);
  const renewalCodes = ["period_of_stay_renewal", "card_validity_renewal"];
  const [overdue, dueThisWeek, renewals] = await Promise.all([
    pick(lt(duties.dueDate, today)),
    pick(and(gte(duties.dueDate, today), lte(duties.dueDate, addDays(today, 7)))),
    pick(
      and(
        inArray(duties.code, renewalCodes),
        gte(duties.dueDate, today),
        sql`coalesce(${duties.details}->>'windowOpensOn', ${duties.dueDate}::text) <= ${today}`,
      ),
    ),
  ]);
  return { overdue, dueThisWeek, renewals };
}

/** The daily digest for one member, in the member's language. */
export function digestFor(locale: HrLocale, lists: DigestLists, companyName: string, today: string) {
  const items = (rows: DigestRow[]) =>
    rows.map((r) => ({
      employeeName: r.name,
      dueDate: r.dueDate,
      title: ruleByRef(r.rule)?.title[locale] ?? r.code,
    }));
  const appUrl = getEnv().APP_URL;
  return digestEmail({
    locale,
    companyName,
    today,
    overdue: items(lists.overdue),
    dueThisWeek: items(lists.dueThisWeek),
    renewals: items(lists.renewals),
    url: `${appUrl}/dashboard`,
    settingsUrl: `${appUrl}/settings/notifications`,
  });
}
