import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardRecords, type Duty, duties, employees, events } from "@/db/schema";
import type { CaseCard, CaseEmployee, CaseEvent } from "./build-case";

export type EmployeeFacts = CaseEmployee & {
  hasEmail: boolean;
  isArchived: boolean;
  workState: string | null;
  workUntil: string | null;
  card: (CaseCard & { createdAt: Date }) | null;
  events: CaseEvent[];
  duties: Duty[];
};

/**
 * Everything the sync needs for a batch of employees, in four set-based reads (never a query per
 * employee), so a company event fanning out to thousands costs a handful of round trips per batch.
 */
export async function loadFacts(
  tx: Tx,
  companyId: string,
  employeeIds: readonly string[],
): Promise<Map<string, EmployeeFacts>> {
  const ids = [...employeeIds];
  const [people, cards, eventRows, dutyRows] = await Promise.all([
    tx
      .select({
        id: employees.id,
        dateOfBirth: employees.dateOfBirth,
        employmentInsurance: employees.employmentInsurance,
        isWorker: employees.isWorker,
        email: employees.email,
        archivedAt: employees.archivedAt,
        workState: employees.workState,
        workUntil: employees.workUntil,
      })
      .from(employees)
      .where(and(eq(employees.companyId, companyId), inArray(employees.id, ids))),
    tx
      .select()
      .from(cardRecords)
      .where(
        and(
          eq(cardRecords.companyId, companyId),
          inArray(cardRecords.employeeId, ids),
          isNull(cardRecords.supersededAt),
        ),
      ),
    tx
      .select({
        id: events.id,
        employeeId: events.employeeId,
        type: events.type,
        date: events.date,
        data: events.data,
      })
      .from(events)
      .where(and(eq(events.companyId, companyId), inArray(events.employeeId, ids), isNull(events.deletedAt)))
      .orderBy(events.date, events.createdAt),
    tx
      .select()
      .from(duties)
      .where(and(eq(duties.companyId, companyId), inArray(duties.employeeId, ids))),
  ]);
  const out = new Map<string, EmployeeFacts>();
  for (const p of people) {
    const { email, archivedAt, ...rest } = p;
    out.set(p.id, {
      ...rest,
      hasEmail: Boolean(email),
      isArchived: archivedAt !== null,
      card: null,
      events: [],
      duties: [],
    });
  }
  for (const c of cards) {
    const f = out.get(c.employeeId);
    // Two current cards would be a bug elsewhere; the newest wins so duties follow the latest facts.
    if (f && (!f.card || f.card.createdAt < c.createdAt)) f.card = c;
  }
  for (const e of eventRows) out.get(e.employeeId)?.events.push(e);
  for (const d of dutyRows) out.get(d.employeeId)?.duties.push(d);
  return out;
}
