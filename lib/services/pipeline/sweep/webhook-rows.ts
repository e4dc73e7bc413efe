import { sql } from "drizzle-orm";
import { systemConnection } from "@/db/system";
import { addDays } from "@/lib/compliance";

/**
 * duty.due_soon (due within 7 days) and duty.overdue, once per duty: the event key is the duty id, and
 * (endpoint, key) is unique. Same body shape as emitWebhookEvent ({type, id, companyId, data}).
 */
export async function unsafeEmitDutyWebhooks(today: string): Promise<Record<string, number>> {
  const { db } = systemConnection();
  const soon = addDays(today, 7);
  const result = await db.execute(sql`
    with due as (
      select d.company_id, d.id, d.employee_id, d.code, d.due_date,
        case when d.due_date < ${today}::date then 'duty.overdue' else 'duty.due_soon' end as type
      from duties d
      where d.status = 'open' and d.muted_at is null and d.due_date <= ${soon}::date
    )
    insert into webhook_deliveries (company_id, endpoint_id, event_type, event_key, payload)
    select due.company_id, w.id, due.type, due.type || ':' || due.id,
      jsonb_build_object('type', due.type, 'id', due.type || ':' || due.id, 'companyId', due.company_id,
        'data', jsonb_build_object('dutyId', due.id, 'employeeId', due.employee_id, 'code', due.code, 'dueDate', due.due_date))
    from due join webhook_endpoints w on w.company_id = due.company_id and w.disabled_at is null and due.type = any(w.events)
    on conflict (company_id, endpoint_id, event_key) do nothing`);
  return { webhooks: result.count ?? 0 };
}
