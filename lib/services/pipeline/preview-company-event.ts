import { and, eq, inArray } from "drizzle-orm";
import { employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { evaluate, type TDuty } from "@/lib/compliance";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "@/lib/services/context";
import { buildCase } from "./build-case";
import { type Clock, today } from "./clock";
import { ZRecordCompanyEventRequest } from "./event-schemas";
import { pipelineIssues } from "./field-issues";
import { loadFacts } from "./load-facts";
import { AFFECTED_EMPLOYEES } from "./record-company-event";

export type PreviewRow = {
  employeeId: string;
  name: string;
  statusCode: string | null;
  duties: Pick<TDuty, "code" | "owner" | "dueDate" | "rule" | "toConfirm">[];
};

/**
 * Who would get which duty from a company event, before it is recorded: the same facts and engine
 * as the real fan-out, with the event added in memory. Reads only.
 */
export async function previewCompanyEvent(
  ctx: ServiceContext,
  input: unknown,
  clock?: Clock,
): Promise<{ rows: PreviewRow[]; total: number }> {
  const parsed = ZRecordCompanyEventRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", pipelineIssues(parsed.error, ctx.locale));
  const { type, date } = parsed.data;
  const asOf = today(clock);
  return withTenant(ctx, async (tx) => {
    const ids = (await tx.execute<{ id: string }>(AFFECTED_EMPLOYEES(ctx.companyId, date))).map((r) => r.id);
    if (ids.length === 0) return { rows: [], total: 0 };
    const [facts, names] = await Promise.all([
      loadFacts(tx, ctx.companyId, ids),
      tx
        .select({ id: employees.id, name: employees.nameOnCard })
        .from(employees)
        .where(and(eq(employees.companyId, ctx.companyId), inArray(employees.id, ids))),
    ]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    const rows: PreviewRow[] = [];
    for (const f of facts.values()) {
      const theCase = f.card
        ? buildCase(f, f.card, [...f.events, { id: "preview", type, date, data: {} }], asOf)
        : null;
      const duties = theCase
        ? evaluate(theCase).duties.filter((d) => d.trigger === type && d.triggerDate === date)
        : [];
      rows.push({
        employeeId: f.id,
        name: nameOf.get(f.id) ?? "",
        statusCode: f.card?.statusCode ?? null,
        duties: duties.map(({ code, owner, dueDate, rule, toConfirm }) => ({
          code,
          owner,
          dueDate,
          rule,
          toConfirm,
        })),
      });
    }
    rows.sort((x, y) => y.duties.length - x.duties.length || x.name.localeCompare(y.name));
    return { rows, total: rows.length };
  });
}
