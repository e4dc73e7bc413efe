import crypto from "node:crypto";
import type { Sql } from "postgres";
import { fromDay } from "@/lib/compliance";
import type { CompanyEventFact, CompanyFacts } from "./people";
import { chance, intBetween, prng } from "./prng";

export type GeneratedCompany = CompanyFacts & { ownerUserId: string };

const OFFICES = [
  "東京出入国在留管理局",
  "大阪出入国在留管理局",
  "名古屋出入国在留管理局",
  "福岡出入国在留管理局",
  "札幌出入国在留管理局",
];

/**
 * Companies with their members and workplaces, set-based (unnest/generate_series, one statement per
 * table whatever the count). HR members: an owner, an admin, and one HR person per order of magnitude of
 * head count; one in ten HR people has opted out of the digest. About one company in ten moved or
 * renamed itself within the last two years (a company event its employees then carried).
 */
export async function createCompanies(
  sql: Sql,
  sizes: readonly number[],
  today: number,
  seed: number,
  history: boolean,
): Promise<GeneratedCompany[]> {
  const rand = prng(seed);
  const facts: CompanyFacts[] = sizes.map((size, i) => {
    const events: CompanyEventFact[] =
      history && chance(rand, 0.1)
        ? [
            {
              id: crypto.randomUUID(),
              type: chance(rand, 0.5) ? "org_address_changed" : "org_name_changed",
              date: fromDay(today - intBetween(rand, 30, 700)),
            },
          ]
        : [];
    return {
      id: crypto.randomUUID(),
      ord: i + 1,
      size,
      signupDay: today - (history ? intBetween(rand, 30, 1100) : 0),
      workplaceIds: [],
      events,
    };
  });
  const ids = facts.map((c) => c.id);
  // Addresses are unique across the users table: a tag per generated world keeps two worlds apart.
  const tag = crypto.randomUUID().slice(0, 8);
  const members = facts.map((c) => 1 + Math.max(1, Math.floor(Math.log10(Math.max(1, c.size)))));
  await sql`
    insert into companies (id, legal_name_ja, legal_name_en, corporate_number, head_office_postal_code, head_office_address, hello_work_office, employment_insurance_office_number, immigration_office, created_at)
    select g.id, 'ベンチ工業株式会社 第' || g.ord || '号', 'Bench Industries ' || g.ord, lpad((1000000000000 + g.ord)::text, 13, '0'), '100-0005',
      '東京都千代田区丸の内' || (g.ord % 3 + 1) || '-' || (g.ord % 9 + 1), '飯田橋公共職業安定所', lpad(g.ord::text, 11, '1'),
      (${OFFICES as string[]}::text[])[1 + g.ord % ${OFFICES.length}], ${fromDay(today)}::date - (g.days * interval '1 day')
    from unnest(${ids}::uuid[], ${facts.map((c) => today - c.signupDay)}::int[]) with ordinality as g(id, days, ord)`;
  const owners = await sql<{ company_id: string; user_id: string; role: string }[]>`
    with people as materialized (
      select c.id as company_id, c.ord, k, gen_random_uuid() as user_id
      from unnest(${ids}::uuid[], ${members}::int[]) with ordinality as c(id, n, ord), generate_series(0, c.n) as k),
    u as (insert into users (id, name, email, locale) select user_id, 'HR ' || ord || '-' || k, 'hr' || k || '.c' || ord || '.' || ${tag}::text || '@bench.example', case when k % 3 = 2 then 'en' else 'ja' end from people)
    insert into memberships (company_id, user_id, role, digest_opt_out)
    select company_id, user_id, case when k = 0 then 'owner' when k = 1 then 'admin' else 'hr' end, k > 1 and (ord + k) % 10 = 0 from people
    returning company_id, user_id, role`;
  const ownerOf = new Map(owners.filter((o) => o.role === "owner").map((o) => [o.company_id, o.user_id]));
  const places = await sql<{ company_id: string; id: string }[]>`
    insert into workplaces (company_id, name, postal_code, address)
    select c.id, case when k = 1 then '本社' else '第' || k || '事業所' end, '100-0005', '東京都千代田区丸の内' || k
    from unnest(${ids}::uuid[], ${facts.map((c) => Math.max(1, Math.ceil(Math.log10(Math.max(2, c.size)))))}::int[]) as c(id, n), generate_series(1, c.n) as k
    returning company_id, id`;
  const byId = new Map(facts.map((c) => [c.id, c]));
  for (const p of places) byId.get(p.company_id)?.workplaceIds.push(p.id);
  const events = facts.flatMap((c) => c.events.map((e) => ({ ...e, companyId: c.id })));
  if (events.length > 0)
    await sql`
      insert into company_events (id, company_id, type, date, created_at)
      select x.id, x.company_id, x.type, x.date, x.date + time '10:00'
      from unnest(${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.companyId)}::uuid[], ${events.map((e) => e.type)}::text[], ${events.map((e) => e.date)}::date[]) as x(id, company_id, type, date)`;
  return facts.map((c) => ({ ...c, ownerUserId: ownerOf.get(c.id) ?? "" }));
}
