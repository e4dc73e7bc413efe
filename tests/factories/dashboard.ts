import type postgres from "postgres";
import { evaluate, RULES, ruleRef, type TDuty } from "@/lib/compliance";

/**
 * Rows the pipeline normally writes (duties, events, notifications) and card checks, inserted exactly as
 * the schema defines them, with the schema owner's connection. Dashboard tests read them; they do not
 * depend on the pipeline's use cases being present.
 */
export async function insertDuty(
  sql: postgres.Sql,
  at: { companyId: string; employeeId: string },
  duty: Pick<TDuty, "code" | "dueDate"> & Partial<TDuty>,
  extra: { status?: "open" | "submitted" | "closed" | "cancelled" } = {},
): Promise<string> {
  // The catalogue's rule for the code supplies the reference, basis, source and explanation, as the engine would.
  const rule = RULES.find((r) => r.duty === duty.code);
  if (!rule) throw new Error(`no rule for ${duty.code}`);
  const d = {
    trigger: "employment_ended",
    triggerDate: duty.dueDate,
    owner: rule.owner,
    nominalDueDate: duty.dueDate,
    rule: ruleRef(rule),
    basis: rule.basis,
    source: rule.source,
    toConfirm: false,
    explanation: rule.explanation,
    ...duty,
  };
  const [row] = await sql`
    insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, to_confirm, rule, basis, source, details, status)
    values (${at.companyId}, ${at.employeeId}, ${`${d.code}:${d.trigger}:${d.triggerDate}`}, ${d.code}, ${d.trigger}, ${d.triggerDate}, ${d.owner},
      ${d.nominalDueDate}, ${d.dueDate}, ${d.toConfirm}, ${d.rule}, ${d.basis}, ${d.source}, ${sql.json({ explanation: d.explanation })}, ${extra.status ?? "open"})
    returning id`;
  return String(row?.id);
}

/** Every duty the engine gives for a case, stored as the pipeline would (open). */
export async function insertEngineDuties(
  sql: postgres.Sql,
  at: { companyId: string; employeeId: string },
  input: Parameters<typeof evaluate>[0],
): Promise<string[]> {
  const ids: string[] = [];
  for (const duty of evaluate(input).duties) ids.push(await insertDuty(sql, at, duty));
  return ids;
}

export async function insertEvent(
  sql: postgres.Sql,
  at: { companyId: string; employeeId: string },
  type: string,
  date: string,
  data: Record<string, unknown> = {},
): Promise<string> {
  const [row] =
    await sql`insert into events (company_id, employee_id, type, date, data) values (${at.companyId}, ${at.employeeId}, ${type}, ${date}, ${sql.json(data as postgres.JSONValue)}) returning id`;
  return String(row?.id);
}

export async function insertNotification(
  sql: postgres.Sql,
  at: { companyId: string; employeeId: string; dutyId?: string },
  status: "pending" | "sent" | "failed",
  kind = "created",
  sendOn = "2026-06-01",
): Promise<string> {
  const [row] = await sql`
    insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key, status, attempts, last_error, sent_at)
    values (${at.companyId}, ${at.dutyId ?? null}, ${at.employeeId}, 'employee', ${kind}, ${sendOn}, ${`${kind}:${crypto.randomUUID()}`}, ${status},
      ${status === "pending" ? 0 : 3}, ${status === "failed" ? "550 mailbox unavailable" : null}, ${status === "sent" ? new Date() : null})
    returning id`;
  return String(row?.id);
}

/** The current card's id (for card checks). */
export async function currentCardId(sql: postgres.Sql, employeeId: string): Promise<string> {
  const [row] =
    await sql`select id from card_records where employee_id = ${employeeId} and superseded_at is null`;
  return String(row?.id);
}
