import crypto from "node:crypto";
import type postgres from "postgres";
import { addDays, RULES, ruleRef } from "@/lib/compliance";

/**
 * `count` reminders due today, one per employee and duty, written set-wise with the schema owner's
 * connection exactly as the pipeline writes them (an address-notification duty due in 14 days, its
 * "created" email to the employee). Thousands of rows in a few statements: the fault tests need volume,
 * not the use cases, which have tests of their own. Returns the notification ids.
 */
export async function seedDueReminders(
  sql: postgres.Sql,
  companyId: string,
  count: number,
  today: string,
): Promise<string[]> {
  const rule = RULES.find((r) => r.duty === "address_notification");
  if (!rule) throw new Error("no rule for address_notification");
  const tag = crypto.randomBytes(4).toString("hex");
  const due = addDays(today, 14);
  const rows = await sql<{ id: string }[]>`
    with e as (
      insert into employees (company_id, name_on_card, nationality, date_of_birth, sex, email, preferred_language, employment_started_on)
      select ${companyId}, 'BULK PERSON ' || i, 'VN', '1990-01-01', 'M', 'bulk-' || i || '-' || ${tag} || '@example.test', 'en', ${addDays(today, -400)}
      from generate_series(1, ${count}) as i
      returning id),
    d as (
      insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source, details)
      select ${companyId}, e.id, ${`address_notification:moved_house:${today}`}, 'address_notification', 'moved_house', ${today}, 'employee', ${due}, ${due},
        ${ruleRef(rule)}, ${rule.basis}, ${rule.source}, ${sql.json({ explanation: rule.explanation })}
      from e
      returning id, employee_id)
    insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
    select ${companyId}, d.id, d.employee_id, 'employee', 'created', ${today}, 'd:' || d.id || ':created:employee'
    from d
    returning id`;
  return rows.map((r) => r.id);
}

/**
 * `count` employees whose period of stay ran out yesterday with no renewal recorded: their open renewal
 * duty makes the daily sweep write an 'expired' alert to HR for each (today's rows, not yet written).
 */
export async function seedExpiredRenewals(
  sql: postgres.Sql,
  companyId: string,
  count: number,
  today: string,
): Promise<void> {
  const rule = RULES.find((r) => r.duty === "period_of_stay_renewal");
  if (!rule) throw new Error("no rule for period_of_stay_renewal");
  const expired = addDays(today, -1);
  await sql`
    with e as (
      insert into employees (company_id, name_on_card, nationality, date_of_birth, sex, preferred_language, employment_started_on)
      select ${companyId}, 'EXPIRED PERSON ' || i, 'PH', '1991-02-02', 'F', 'en', ${addDays(today, -400)}
      from generate_series(1, ${count}) as i
      returning id)
    insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source, details)
    select ${companyId}, e.id, ${`period_of_stay_renewal:period_of_stay:${expired}`}, 'period_of_stay_renewal', 'period_of_stay', ${expired}, ${rule.owner}, ${expired}, ${expired},
      ${ruleRef(rule)}, ${rule.basis}, ${rule.source}, ${sql.json({ explanation: rule.explanation })}
    from e`;
}

/** How the outbox stands: rows per status for the given ids. */
export async function outboxStatus(
  sql: postgres.Sql,
  ids: readonly string[],
): Promise<Record<string, number>> {
  const rows = await sql<
    { status: string; n: number }[]
  >`select status, count(*)::int as n from notifications where id = any(${ids as string[]}) group by status`;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** A hash of every duty of the company: equal before and after a fault = every duty intact. */
export async function dutiesFingerprint(sql: postgres.Sql, companyId: string): Promise<string> {
  const [row] =
    await sql`select count(*)::int as n, md5(coalesce(string_agg(d::text, '|' order by d.id), '')) as h from duties d where company_id = ${companyId}`;
  return `${row?.n}:${row?.h}`;
}

/** Polls until `check` holds; on timeout the error says what was awaited and, if given, how things stood. */
export async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 120_000,
  everyMs = 250,
  state?: () => Promise<unknown>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(
    `not reached within ${timeoutMs / 1000} s: ${what}${state ? ` (${JSON.stringify(await state())})` : ""}`,
  );
}
