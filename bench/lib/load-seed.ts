import type postgres from "postgres";
import { hashPassword } from "@/lib/auth/password";
import { addDays, RULES, ruleRef } from "@/lib/compliance";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { signUp } from "@/lib/services/sign-up";

export const LOAD_PASSWORD = "load-test-password-2026";

export type LoadWorld = { users: string[]; apiKeys: string[] };

/**
 * Companies with HR teams, employees, cards and duties, for the load test: `companies` × `hrPerCompany`
 * HR users (the owner first), `employees` per company (cards expiring across the next three years, one
 * open duty each), and `keysPerCompany` read-only API keys. Set-wise SQL after each sign-up.
 */
export async function seedLoadWorld(
  sql: postgres.Sql,
  opts: { companies: number; hrPerCompany: number; employees: number; keysPerCompany: number; today: string },
): Promise<LoadWorld> {
  const hash = await hashPassword(LOAD_PASSWORD);
  const rule = RULES.find((r) => r.duty === "address_notification");
  if (!rule) throw new Error("no rule for address_notification");
  const world: LoadWorld = { users: [], apiKeys: [] };
  for (let c = 0; c < opts.companies; c++) {
    const ownerEmail = `load-owner-${c}-${Date.now()}@example.test`;
    const { userId, companyId } = await signUp(
      { companyName: `負荷試験${c + 1}株式会社`, name: "Owner", email: ownerEmail, password: LOAD_PASSWORD },
      "ja",
    );
    world.users.push(ownerEmail);
    const members = await sql<{ email: string }[]>`
      with u as (
        insert into users (email, name, password_hash, locale)
        select 'load-hr-' || ${c} || '-' || i || '-' || ${Date.now()} || '@example.test', 'HR ' || i, ${hash}, 'ja'
        from generate_series(1, ${opts.hrPerCompany - 1}) as i returning id, email)
      insert into memberships (company_id, user_id, role) select ${companyId}, u.id, 'hr' from u returning (select email from u where u.id = user_id)`;
    world.users.push(...members.map((m) => m.email));
    await sql`
      with e as (
        insert into employees (company_id, name_on_card, nationality, date_of_birth, sex, email, preferred_language, department, employment_started_on, employee_number)
        select ${companyId}, 'LOAD PERSON ' || i, (array['VN','CN','PH','NP','ID'])[1 + i % 5], '1990-01-01'::date + i, (array['M','F'])[1 + i % 2],
          'load-e-' || ${c} || '-' || i || '@example.test', 'en', (array['製造部','開発部','店舗'])[1 + i % 3], ${addDays(opts.today, -500)}, 'L' || i
        from generate_series(1, ${opts.employees}) as i returning id, employee_number),
      cards as (
        insert into card_records (company_id, employee_id, status_code, period_of_stay_expires_on, card_expires_on, card_number_last4)
        select ${companyId}, e.id, 'engineer_specialist', ${opts.today}::date + (substr(e.employee_number, 2)::int * 5 % 1100), ${opts.today}::date + (substr(e.employee_number, 2)::int * 5 % 1100), '12CD'
        from e returning employee_id)
      insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source, details)
      select ${companyId}, e.id, 'address_notification:moved_house:' || ${opts.today}, 'address_notification', 'moved_house', ${opts.today},
        'employee', ${opts.today}::date + (substr(e.employee_number, 2)::int % 30) - 10, ${opts.today}::date + (substr(e.employee_number, 2)::int % 30) - 10,
        ${ruleRef(rule)}, ${rule.basis}, ${rule.source}, ${sql.json({ explanation: rule.explanation })}
      from e`;
    const owner = {
      companyId,
      actor: { type: "user" as const, id: userId, role: "owner" as const },
      locale: "ja" as const,
    };
    for (let k = 0; k < opts.keysPerCompany; k++)
      world.apiKeys.push((await createApiKey(owner, { name: `load key ${k}`, scopes: ["read"] })).secret);
  }
  return world;
}
