import { sql } from "drizzle-orm";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { evaluate, type TDuty } from "@/lib/compliance";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { EMPLOYEE_COLUMNS, mapHeaders, rowToInput } from "@/lib/validation/csv";
import { key } from "@/lib/validation/csv-values";
import { dataIssue, toDataFieldIssues } from "@/lib/validation/data-messages";
import { type TCreateEmployeeRequest, ZCreateEmployeeRequest } from "@/lib/validation/employee";
import { writeAuditMany } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { cardColumns } from "../employee-card";
import { buildCase } from "../pipeline/build-case";
import { syncEmployeeDuties } from "../pipeline/sync-employee-duties";
import { decodeCsv } from "./csv-file";

/** One file: up to 5 MB and 5,000 employees (one transaction; split larger files). */
export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 5_000 } as const;

export type PreviewDuty = Pick<TDuty, "code" | "rule" | "dueDate" | "owner" | "toConfirm">;
export type ImportRow = { line: number; name: string | null; issues: FieldIssue[]; duties: PreviewDuty[] };
export type ImportPreview = {
  encoding: "utf-8" | "shift_jis" | null;
  total: number;
  valid: number;
  invalid: number;
  fileIssues: FieldIssue[];
  rows: ImportRow[];
};

type Prepared = { preview: ImportPreview; ready: { line: number; data: TCreateEmployeeRequest }[] };

/**
 * Reads and checks the whole file without writing anything: each row is validated by the same schema as
 * the form (issues name the field and the rule), compared with the rest of the file and the company's
 * employee numbers, and evaluated by the engine for the duties registering it would create.
 */
export async function previewEmployeeImport(
  ctx: ServiceContext,
  bytes: Uint8Array,
  today: string,
): Promise<ImportPreview> {
  assertCanWrite(ctx);
  return (await prepare(ctx, bytes, today)).preview;
}

/** All or nothing: any file or row issue refuses the whole import; otherwise one transaction writes every row. */
export async function commitEmployeeImport(
  ctx: ServiceContext,
  bytes: Uint8Array,
  today: string,
): Promise<{ imported: number }> {
  assertCanWrite(ctx);
  const { preview, ready } = await prepare(ctx, bytes, today);
  if (preview.fileIssues.length || preview.invalid > 0) {
    const issues = [
      ...preview.fileIssues,
      ...preview.rows.flatMap((r) => r.issues.map((i) => ({ ...i, field: `line ${r.line}: ${i.field}` }))),
    ];
    throw new AppError("invalid_input", "the file has errors; nothing was imported", issues.slice(0, 100));
  }
  return withTenant(ctx, async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < ready.length; i += 500) {
      const chunk = ready.slice(i, i + 500);
      const inserted = await tx
        .insert(employees)
        .values(
          chunk.map(({ data: { card: _card, ...fields } }) => ({ ...fields, companyId: ctx.companyId })),
        )
        .returning({ id: employees.id });
      if (inserted.length !== chunk.length) throw new Error("insert returned fewer rows");
      await tx.insert(cardRecords).values(
        chunk.map(({ data }, j) => ({
          ...cardColumns(data.card),
          companyId: ctx.companyId,
          employeeId: inserted[j]?.id ?? "",
          createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
        })),
      );
      ids.push(...inserted.map((r) => r.id));
    }
    await syncEmployeeDuties(tx, ctx.companyId, ids, { today });
    // One batch for the whole file, not three round trips per row (measured by bench/csv-import.ts).
    await writeAuditMany(tx, ctx, [
      ...ids.map((id, index) => ({
        action: "employee.created",
        entityType: "employee",
        entityId: id,
        data: { source: "csv_import", line: ready[index]?.line, status: ready[index]?.data.card.statusCode },
      })),
      {
        action: "employees.imported",
        entityType: "company",
        entityId: ctx.companyId,
        data: { count: ids.length },
      },
    ]);
    return { imported: ids.length };
  });
}

async function prepare(ctx: ServiceContext, bytes: Uint8Array, today: string): Promise<Prepared> {
  const empty = (fileIssues: FieldIssue[], encoding: ImportPreview["encoding"] = null): Prepared => ({
    preview: { encoding, total: 0, valid: 0, invalid: 0, fileIssues, rows: [] },
    ready: [],
  });
  const L = ctx.locale;
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes)
    return empty([dataIssue("file", `csv_too_large:${IMPORT_LIMITS.maxBytes / 1024 / 1024}`, L)]);
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return empty([dataIssue("file", decoded.rule, L)]);
  const [header = [], ...data] = decoded.rows;
  const { columns, problems } = mapHeaders(header);
  const fileIssues = problems.map((p) =>
    dataIssue(
      p.column ? `header.${p.column}` : "header",
      p.rule,
      L,
      p.column ? `${header[p.column - 1] ?? ""} (${columnWord(L)} ${p.column})` : p.header,
    ),
  );
  if (data.length > IMPORT_LIMITS.maxRows)
    fileIssues.push(dataIssue("file", `csv_too_many_rows:${IMPORT_LIMITS.maxRows}`, L));
  if (fileIssues.length) return empty(fileIssues, decoded.encoding);

  const { workplaces, numbers } = await companyLookups(ctx);
  const seen = { numbers: new Map<string, number>(), cards: new Map<string, number>() };
  const rows: ImportRow[] = [];
  const ready: Prepared["ready"] = [];
  for (const [index, cells] of data.entries()) {
    const line = index + 2; // the header is line 1
    const { input, workplace } = rowToInput(columns, cells);
    const issues: FieldIssue[] = [];
    if (workplace !== undefined) {
      const id = workplaces.get(key(workplace));
      if (id) input.workplaceId = id;
      else issues.push(dataIssue("workplaceId", "unknown_workplace", L));
    }
    const parsed = ZCreateEmployeeRequest.safeParse(input);
    if (!parsed.success) issues.push(...toDataFieldIssues(parsed.error, L));
    const number = typeof input.employeeNumber === "string" ? input.employeeNumber.trim() : "";
    if (number && numbers.has(number)) issues.push(dataIssue("employeeNumber", "already_registered", L));
    duplicate(seen.numbers, number, line, () =>
      issues.push(dataIssue("employeeNumber", "duplicate_in_file", L)),
    );
    const card = parsed.success ? (parsed.data.card.cardNumber ?? "") : "";
    duplicate(seen.cards, card, line, () =>
      issues.push(dataIssue("card.cardNumber", "duplicate_in_file", L)),
    );
    const name = typeof input.nameOnCard === "string" ? input.nameOnCard : null;
    const duties = parsed.success && issues.length === 0 ? dutiesOf(parsed.data, today) : [];
    rows.push({ line, name, issues, duties });
    if (parsed.success && issues.length === 0) ready.push({ line, data: parsed.data });
  }
  const invalid = rows.filter((r) => r.issues.length).length;
  return {
    preview: {
      encoding: decoded.encoding,
      total: rows.length,
      valid: rows.length - invalid,
      invalid,
      fileIssues,
      rows,
    },
    ready,
  };
}

function columnWord(locale: HrLocale): string {
  return locale === "ja" ? "列" : "column";
}

function duplicate(seen: Map<string, number>, value: string, line: number, report: () => void): void {
  if (!value) return;
  if (seen.has(value)) report();
  else seen.set(value, line);
}

/** What registering the row creates: the pipeline's case for a new employee with no events yet. */
function dutiesOf(data: TCreateEmployeeRequest, today: string): PreviewDuty[] {
  const { card } = data;
  const input = buildCase(
    {
      id: "new",
      dateOfBirth: data.dateOfBirth,
      employmentInsurance: data.employmentInsurance,
      isWorker: data.isWorker,
    },
    {
      id: "new",
      statusCode: card.statusCode,
      holderRole: card.holderRole,
      hsp2Activity: card.statusCode === "hsp_2" ? (card.hsp2Activity ?? null) : null,
      japaneseContract: card.statusCode === "entertainer" ? (card.japaneseContract ?? false) : null,
      periodOfStayExpiresOn: card.periodOfStayExpiresOn ?? null,
      cardExpiresOn: card.cardExpiresOn ?? null,
      extraActivityPermission: card.extraActivityPermission,
      renewalAppliedOn: card.renewalAppliedOn ?? null,
      renewalDecidedOn: card.renewalDecidedOn ?? null,
    },
    [],
    today,
  );
  if (!input) return [];
  return evaluate(input).duties.map((d) => ({
    code: d.code,
    rule: d.rule,
    dueDate: d.dueDate,
    owner: d.owner,
    toConfirm: d.toConfirm,
  }));
}

async function companyLookups(ctx: ServiceContext) {
  return withTenant(ctx, async (tx) => {
    const places = (await tx.execute(
      sql`select id, name from workplaces where company_id = ${ctx.companyId}::uuid`,
    )) as unknown as { id: string; name: string }[];
    const taken = (await tx.execute(
      sql`select employee_number as n from employees where company_id = ${ctx.companyId}::uuid and employee_number is not null`,
    )) as unknown as { n: string }[];
    return {
      workplaces: new Map(places.map((p) => [key(p.name), p.id])),
      numbers: new Set(taken.map((t) => t.n)),
    };
  });
}

export { EMPLOYEE_COLUMNS };
