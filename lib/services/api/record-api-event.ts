import { and, asc, eq } from "drizzle-orm";
import { duties } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { toApiDuty } from "@/lib/api/schemas/duty";
import type { TRecordCompanyEventResponse, TRecordEventResponse } from "@/lib/api/schemas/event";
import type { TRecordCompanyEventRequest, TRecordEventRequest } from "@/lib/services/pipeline/event-schemas";
import { recordCompanyEvent } from "@/lib/services/pipeline/record-company-event";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import type { ServiceContext } from "../context";

/**
 * POST /employees/{id}/events: the pipeline's recordEvent (event, duties and reminders in one
 * transaction), answered with the duties the event started so a client needs no second call.
 */
export async function recordApiEvent(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
): Promise<TRecordEventResponse> {
  const { id } = await recordEvent(ctx, employeeId, input);
  const started = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(duties)
      .where(and(eq(duties.companyId, ctx.companyId), eq(duties.eventId, id)))
      .orderBy(asc(duties.dueDate), asc(duties.code)),
  );
  const { type, date } = input as Pick<TRecordEventRequest, "type" | "date">;
  return { event: { id, employeeId, type, date }, duties: started.map(toApiDuty) };
}

/** POST /company-events: the pipeline's set-based fan-out to every employee on the books that day. */
export async function recordApiCompanyEvent(
  ctx: ServiceContext,
  input: unknown,
): Promise<TRecordCompanyEventResponse> {
  const result = await recordCompanyEvent(ctx, input);
  const { type, date } = input as Pick<TRecordCompanyEventRequest, "type" | "date">;
  return {
    companyEvent: { id: result.id, type, date },
    employeesAffected: result.employees,
    dutiesCreated: result.sync.created,
  };
}
