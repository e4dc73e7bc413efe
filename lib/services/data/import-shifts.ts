import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { AppError, type FieldIssue } from "@/lib/errors";
import * as v from "@/lib/validation/csv-values";
import { dataIssue, toDataFieldIssues } from "@/lib/validation/data-messages";
import { SHIFT_HEADERS, ZShiftRow } from "@/lib/validation/hours";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { decodeCsv } from "./csv-file";
import { type HoursFlag, hoursFlags, hoursPeople, schedules } from "./hours";

export const SHIFT_IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 20_000 } as const;

export type ShiftImportResult = {
  imported: number;
  employees: number;
  flags: { employeeId: string; nameOnCard: string; flags: HoursFlag[] }[];
};

/**
 * Weekly shift hours from CSV (employee number, date, hours), for employees under the 28-hour rule.
 * All or nothing: any row issue (which line, which field, which rule) refuses the file. A day already on
 * record is replaced (the file is the schedule as it stands). Returns the engine's flags afterwards, planned
 * over-limit weeks included, so HR sees a problem before it happens.
 */
export async function importShifts(
  ctx: ServiceContext,
  bytes: Uint8Array,
  today: string,
): Promise<ShiftImportResult> {
  assertCanWrite(ctx);
  const L = ctx.locale;
  const fail = (issues: FieldIssue[]) =>
    new AppError("invalid_input", "the file has errors; nothing was imported", issues.slice(0, 100));
  if (bytes.byteLength > SHIFT_IMPORT_LIMITS.maxBytes)
    throw fail([dataIssue("file", `csv_too_large:${SHIFT_IMPORT_LIMITS.maxBytes / 1024 / 1024}`, L)]);
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) throw fail([dataIssue("file", decoded.rule, L)]);
  const [header = [], ...data] = decoded.rows;
  if (data.length > SHIFT_IMPORT_LIMITS.maxRows)
    throw fail([dataIssue("file", `csv_too_many_rows:${SHIFT_IMPORT_LIMITS.maxRows}`, L)]);
  const fields = header.map((h) => SHIFT_HEADERS[v.key(h)] ?? null);
  const headerIssues = header.flatMap((h, i) =>
    fields[i] ? [] : [dataIssue(`header.${i + 1}`, "unknown_column", L, h)],
  );
  for (const needed of ["employeeNumber", "date", "hours"] as const)
    if (!fields.includes(needed)) headerIssues.push(dataIssue("header", "missing_column", L, needed));
  if (headerIssues.length) throw fail(headerIssues);

  return withTenant(ctx, async (tx) => {
    const people = await hoursPeople(tx, ctx.companyId);
    const byNumber = new Map(
      people.flatMap((p) => (p.employeeNumber ? [[p.employeeNumber, p] as const] : [])),
    );
    const known = new Set(
      (
        (await tx.execute(
          sql`select employee_number as n from employees where company_id = ${ctx.companyId}::uuid and archived_at is null and employee_number is not null`,
        )) as unknown as { n: string }[]
      ).map((r) => r.n),
    );
    const issues: FieldIssue[] = [];
    const rows = new Map<string, { employeeId: string; date: string; hours: number }>();
    for (const [index, cells] of data.entries()) {
      const line = index + 2;
      const raw: Record<string, unknown> = {};
      fields.forEach((f, i) => {
        if (f) raw[f] = f === "date" ? v.date(cells[i]) : (cells[i] ?? "").normalize("NFKC").trim();
      });
      const parsed = ZShiftRow.safeParse(raw);
      const at = (issue: FieldIssue) => ({ ...issue, field: `line ${line}: ${issue.field}` });
      if (!parsed.success) {
        issues.push(...toDataFieldIssues(parsed.error, L).map(at));
        continue;
      }
      const person = byNumber.get(parsed.data.employeeNumber);
      if (!person) {
        issues.push(
          at(
            dataIssue(
              "employeeNumber",
              known.has(parsed.data.employeeNumber) ? "no_hours_rule" : "unknown_employee",
              L,
            ),
          ),
        );
        continue;
      }
      // The same day twice in one file: the later line wins, as a corrected schedule would.
      rows.set(`${person.employeeId}|${parsed.data.date}`, {
        employeeId: person.employeeId,
        date: parsed.data.date,
        hours: parsed.data.hours,
      });
    }
    if (issues.length) throw fail(issues);
    const list = [...rows.values()];
    for (let i = 0; i < list.length; i += 2000) {
      await tx.execute(sql`
        insert into shifts (company_id, employee_id, date, hours)
        select ${ctx.companyId}::uuid, x.employee_id, x.date, x.hours
        from jsonb_to_recordset(${JSON.stringify(list.slice(i, i + 2000).map((r) => ({ employee_id: r.employeeId, date: r.date, hours: r.hours })))}::jsonb) as x(employee_id uuid, date date, hours numeric)
        on conflict (company_id, employee_id, date) do update set hours = excluded.hours`);
    }
    const ids = [...new Set(list.map((r) => r.employeeId))];
    await writeAudit(tx, ctx, {
      action: "shifts.imported",
      entityType: "company",
      entityId: ctx.companyId,
      data: { rows: list.length, employees: ids.length },
    });
    const plans = await schedules(tx, ctx.companyId, ids, today);
    const flags = people
      .filter((p) => ids.includes(p.employeeId))
      .map((p) => ({
        employeeId: p.employeeId,
        nameOnCard: p.nameOnCard,
        flags: hoursFlags(p, plans.get(p.employeeId) ?? { shifts: [], vacations: [] }, today).flags,
      }))
      .filter((p) => p.flags.length > 0);
    return { imported: list.length, employees: ids.length, flags };
  });
}
