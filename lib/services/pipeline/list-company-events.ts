import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { companyEvents } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "@/lib/services/context";

/** Company-wide events with how many employees they reached and how many duties they started. */
export async function listCompanyEvents(ctx: ServiceContext) {
  return withTenant(ctx, (tx) =>
    tx
      .select({
        id: companyEvents.id,
        type: companyEvents.type,
        date: companyEvents.date,
        data: companyEvents.data,
        employees: sql<number>`(select count(*)::int from events e where e.company_event_id = "company_events"."id")`,
        duties: sql<number>`(select count(*)::int from duties d join events e on e.id = d.event_id where e.company_event_id = "company_events"."id" and d.status <> 'cancelled')`,
      })
      .from(companyEvents)
      .where(and(eq(companyEvents.companyId, ctx.companyId), isNull(companyEvents.deletedAt)))
      .orderBy(desc(companyEvents.date)),
  );
}
