import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { employees } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { withTenant } from "@/db/tenant";
import { addMonthsClamped } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import { removeFile } from "@/lib/storage/file-store";
import { writeAudit } from "../audit";
import type { ServiceContext } from "../context";
import { employeeFootprint, uuidList } from "./employee-footprint";
import { RETENTION_YEARS_CHOICES, RETENTION_YEARS_DEFAULT } from "./retention-settings";

/**
 * The retention sweep: employees whose employment ended more than the company's retention period ago
 * (companies.settings.retentionYears, default 3) are deleted with everything about them — cards,
 * events, duties, notifications, links, uploads and their files, confirmations, submissions, checks,
 * shifts, webhook deliveries that name them. Irreversible by design. One audit entry per person, with
 * ids and counts only. The audit log itself keeps its earlier entries (ids and field names, no values).
 *
 * Kept through the anniversary: ended 2023-04-10 with 3 years → kept until 2026-04-10, purged from
 * 2026-04-11. Per company, one transaction; a failure is logged by id and retried the next day.
 */
export type PurgeResult = { employees: number; files: number; failedCompanies: number };

const BATCH = 200;

export async function unsafePurgeSeparatedEmployees(today: string = todayInJapan()): Promise<PurgeResult> {
  const result: PurgeResult = { employees: 0, files: 0, failedCompanies: 0 };
  const due = await unsafeFindDue(today);
  const byCompany = new Map<string, Due[]>();
  for (const d of due) byCompany.set(d.companyId, [...(byCompany.get(d.companyId) ?? []), d]);
  for (const [companyId, rows] of byCompany) {
    for (let i = 0; i < rows.length; i += BATCH) {
      try {
        const purged = await purgeBatch(companyId, rows.slice(i, i + BATCH), today);
        result.employees += purged.employees;
        result.files += purged.files;
      } catch (error) {
        result.failedCompanies++;
        console.error(
          `[privacy] retention purge failed for company ${companyId}: ${(error as Error).message}`,
        );
        break;
      }
    }
  }
  return result;
}

type Due = { companyId: string; employeeId: string; years: number };

/** Across tenants (system connection), a superset by SQL date arithmetic, made exact by the engine's clamped months. */
async function unsafeFindDue(today: string): Promise<Due[]> {
  const rows = await systemConnection().sql<
    { company_id: string; id: string; ended: string; years: number }[]
  >`
    select e.company_id, e.id, e.employment_ended_on::text as ended, r.years
    from employees e
    join companies c on c.id = e.company_id
    cross join lateral (select case when jsonb_typeof(c.settings->'retentionYears') = 'number'
                                     and (c.settings->>'retentionYears') = any(${RETENTION_YEARS_CHOICES.map(String)})
                                    then (c.settings->>'retentionYears')::int else ${RETENTION_YEARS_DEFAULT}::int end as years) r
    where e.employment_ended_on is not null
      and e.employment_ended_on <= ${today}::date - make_interval(years => r.years)
    order by e.company_id, e.id`;
  return rows
    .filter((r) => addMonthsClamped(r.ended, 12 * r.years) < today)
    .map((r) => ({ companyId: r.company_id, employeeId: r.id, years: r.years }));
}

const systemActor = (companyId: string): ServiceContext => ({
  companyId,
  actor: { type: "system", id: "system" },
  locale: "ja",
});

async function purgeBatch(
  companyId: string,
  due: Due[],
  today: string,
): Promise<{ employees: number; files: number }> {
  const ctx = systemActor(companyId);
  return withTenant(ctx, async (tx) => {
    // Re-read under lock: an end date corrected since the scan must not purge anyone.
    const locked = await tx
      .select({ id: employees.id, ended: employees.employmentEndedOn })
      .from(employees)
      .where(
        and(
          eq(employees.companyId, companyId),
          inArray(
            employees.id,
            due.map((d) => d.employeeId),
          ),
          isNotNull(employees.employmentEndedOn),
        ),
      )
      .for("update");
    const years = new Map(due.map((d) => [d.employeeId, d.years]));
    const ids = locked
      .filter(
        (e) =>
          e.ended && addMonthsClamped(e.ended, 12 * (years.get(e.id) ?? RETENTION_YEARS_DEFAULT)) < today,
      )
      .map((e) => e.id);
    if (ids.length === 0) return { employees: 0, files: 0 };
    const footprint = await employeeFootprint(tx, companyId, ids);
    const uploadIds = footprint.uploads.map((u) => u.id);
    if (uploadIds.length > 0)
      await tx.execute(
        sql`delete from uploads where company_id = ${companyId} and id in (${uuidList(uploadIds)})`,
      );
    // Ids are uuids (hex and dashes), so the alternation is a plain literal match.
    await tx.execute(
      sql`delete from webhook_deliveries where company_id = ${companyId} and payload::text ~ ${ids.join("|")}`,
    );
    await tx.delete(employees).where(and(eq(employees.companyId, companyId), inArray(employees.id, ids)));
    for (const id of ids) {
      await writeAudit(tx, ctx, {
        action: "employee.purged",
        entityType: "employee",
        entityId: id,
        data: { retentionYears: years.get(id), counts: footprint.counts.get(id) ?? {} },
      });
    }
    // Files go before the commit: if removing one fails, nothing is purged and tomorrow tries again,
    // so no file can outlive its row. A file already gone is fine (force).
    for (const upload of footprint.uploads) await removeFile(upload.storageKey);
    return { employees: ids.length, files: footprint.uploads.length };
  });
}
