import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "../context";

export type FailedEmail = {
  id: string;
  employeeId: string | null;
  nameOnCard: string | null;
  recipientType: string;
  recipientName: string | null;
  kind: string;
  dutyCode: string | null;
  dutyRule: string | null;
  sendOn: string;
  attempts: number;
  lastError: string | null;
};

/** Emails that failed after every retry, newest first: what HR must follow up by hand. */
export async function listFailedEmails(ctx: ServiceContext, limit = 200): Promise<FailedEmail[]> {
  return withTenant(ctx, async (tx) => {
    const rows = (await tx.execute(sql`
      select n.id, n.employee_id as "employeeId", e.name_on_card as "nameOnCard", n.recipient_type as "recipientType", u.name as "recipientName",
        n.kind, d.code as "dutyCode", d.rule as "dutyRule", n.send_on::text as "sendOn", n.attempts, n.last_error as "lastError"
      from notifications n
      left join employees e on e.company_id = n.company_id and e.id = n.employee_id
      left join duties d on d.company_id = n.company_id and d.id = n.duty_id
      left join users u on u.id = n.recipient_user_id
      where n.company_id = ${ctx.companyId}::uuid and n.status = 'failed'
      order by n.send_on desc, n.id limit ${limit}`)) as unknown as FailedEmail[];
    // SMTP replies can quote the address; HR needs the gist, not a transcript.
    return rows.map((r) => ({
      ...r,
      lastError: r.lastError ? r.lastError.replace(/[^\s@<>]+@[^\s@<>]+/g, "<address>").slice(0, 160) : null,
    }));
  });
}
