import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { withTenant } from "@/db/tenant";
import { syncEmployeeDuties } from "../sync-employee-duties";

/**
 * Work authorisation changes with time alone (a period of stay ends, a special period runs out), with
 * no event to trigger a recompute. Each morning, employees whose stored basis ended before today are
 * re-evaluated — found set-wise, then synced per company in batches — which updates their state and
 * emits employee.work_authorization_changed once. An employee whose basis has no end is never picked.
 */
export async function unsafeRefreshWorkStates(today: string): Promise<{ reevaluated: number }> {
  const rows = await systemConnection().db.execute<{ company_id: string; ids: string[] }>(sql`
    select company_id, array_agg(id) as ids from employees
    where archived_at is null and work_until is not null and work_until < ${today}::date
    group by company_id`);
  let reevaluated = 0;
  for (const row of rows) {
    await withTenant({ companyId: row.company_id }, (tx) =>
      syncEmployeeDuties(tx, row.company_id, row.ids, { today }),
    );
    reevaluated += row.ids.length;
  }
  return { reevaluated };
}
