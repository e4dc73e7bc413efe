import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { duties, employees, type Notification } from "@/db/schema";
import { addDays, ruleByRef } from "@/lib/compliance";
import { type DigestItem, digestEmail } from "@/lib/email/templates/digest";
import { getEnv } from "@/lib/env";
import { memberAddresses } from "./load-notification";
import type { Rendered } from "./render-notification";

const LIMIT = 50;

/** The daily digest for one member: overdue, due this week, renewals whose window is open. */
export async function renderDigest(
  tx: Tx,
  row: Notification,
  companyName: string,
  today: string,
): Promise<Rendered> {
  const [member] = await memberAddresses(tx, row.companyId, ["owner", "admin", "hr"], row.recipientUserId);
  if (!member) return { skip: "no longer a member" };
  const base = and(
    eq(duties.companyId, row.companyId),
    eq(duties.status, "open"),
    isNull(duties.mutedAt),
    isNull(employees.archivedAt),
  );
  const pick = async (where: ReturnType<typeof and>): Promise<DigestItem[]> => {
    const rows = await tx
      .select({ name: employees.nameOnCard, rule: duties.rule, code: duties.code, dueDate: duties.dueDate })
      .from(duties)
      .innerJoin(employees, eq(employees.id, duties.employeeId))
      .where(and(base, where))
      .orderBy(asc(duties.dueDate))
      .limit(LIMIT);
    return rows.map((r) => ({
      employeeName: r.name,
      dueDate: r.dueDate,
      title: ruleByRef(r.rule)?.title[member.locale] ?? r.code,
    }));
  };
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
  const appUrl = getEnv().APP_URL;
  const email = digestEmail({
    locale: member.locale,
    companyName,
    today,
    overdue,
    dueThisWeek,
    renewals,
    url: `${appUrl}/dashboard`,
    settingsUrl: `${appUrl}/settings/notifications`,
  });
  return { to: [member.email], email, tokenId: null };
}
