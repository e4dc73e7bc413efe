import type postgres from "postgres";

/**
 * Set-based seed for the dashboard benchmark: one target company of `target` employees and `others`
 * companies of `perOther` each, every row made by generate_series with attributes derived from
 * hashint4 (deterministic, no client round trips). The mix mirrors a real workforce: expiries spread
 * over four years (some already past, some with a renewal applied), students with and without
 * permission, a renewal duty per card plus 19-16 duties around today, most cards checked.
 */
export async function seedDashboard(
  sql: postgres.Sql,
  opts: { today: string; target: number; others: number; perOther: number },
): Promise<{ targetCompanyId: string; userId: string }> {
  const [user] =
    await sql`insert into users (email, name) values (${`bench-${Date.now()}@example.test`}, 'Bench') returning id`;
  const companies =
    await sql`insert into companies (legal_name_ja) select 'ベンチ株式会社' || g from generate_series(0, ${opts.others}) g returning id`;
  const ids = companies.map((c) => String(c.id));
  const targetCompanyId = ids[0] ?? "";
  await sql`insert into memberships (company_id, user_id, role) values (${targetCompanyId}, ${String(user?.id)}, 'owner')`;
  await sql`insert into workplaces (company_id, name, address) select id, '本社', '東京都' from companies where id = any(${ids}::uuid[])`;
  for (const [index, companyId] of ids.entries()) {
    const n = index === 0 ? opts.target : opts.perOther;
    await sql`
      insert into employees (company_id, employee_number, name_on_card, name_kana, nationality, date_of_birth, sex, department, employment_started_on, employment_insurance)
      select ${companyId}::uuid, 'E' || g,
        (array['NGUYEN','TRAN','LE','PHAM','LI','WANG','KIM','SANTOS','RAI','SITI','GARCIA','CHEN'])[1 + (hashint4(g) & 2147483647) % 12] || ' ' ||
        (array['VAN','THI','MINH','WEI','JING','MARIA','SURESH','RAHAYU','LUIS','AN'])[1 + (hashint4(g * 7) & 2147483647) % 10] || ' ' || g,
        (array['グエン','チャン','レ','ファム','リ','ワン','キム','サントス','ライ','シティ','ガルシア','チェン'])[1 + (hashint4(g) & 2147483647) % 12] || ' テスト',
        (array['VN','CN','KR','PH','NP','ID','BR','MM'])[1 + (hashint4(g * 3) & 2147483647) % 8],
        date '1970-01-01' + ((hashint4(g * 5) & 2147483647) % 12000),
        case when g % 2 = 0 then 'M' else 'F' end,
        (array['製造部','開発部','店舗','管理部','物流'])[1 + g % 5],
        date '2020-04-01' + g % 1500,
        (g % 10) <> 0
      from generate_series(1, ${n}) g`;
  }
  await sql`
    insert into card_records (company_id, employee_id, status_code, period_of_stay_expires_on, card_number_last4, extra_activity_permission, renewal_applied_on, work_restriction)
    select e.company_id, e.id, s.code,
      case when s.code = 'permanent_resident' then null else ${opts.today}::date - 120 + (h.v % 1500) end,
      lpad((h.v % 10000)::text, 4, '0'),
      case when s.code in ('student', 'dependent') and h.v % 5 <> 0 then 'comprehensive' else 'none' end,
      case when h.v % 1500 < 120 and h.v % 3 = 0 then ${opts.today}::date - 150 + (h.v % 1500) else null end,
      '在留資格に基づく就労活動のみ可'
    from employees e
    cross join lateral (select hashtext(e.id::text) & 2147483647 as v) h
    cross join lateral (select (array['engineer_specialist','engineer_specialist','engineer_specialist','engineer_specialist','student','student','ssw_1','ssw_1',
      'permanent_resident','dependent','spouse_of_japanese','titp_2','skilled_labor','long_term_resident'])[1 + h.v % 14] as code) s
    where e.company_id = any(${ids}::uuid[])`;
  // A renewal duty per card with an expiry and no application, as the pipeline stores it (due = expiry).
  await sql`
    insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source, details)
    select c.company_id, c.employee_id, 'period_of_stay_renewal:period_of_stay:' || c.period_of_stay_expires_on, 'period_of_stay_renewal', 'period_of_stay',
      c.period_of_stay_expires_on, 'employee', c.period_of_stay_expires_on, c.period_of_stay_expires_on, 'period-of-stay-renewal@1',
      '出入国管理及び難民認定法 第21条', 'https://www.moj.go.jp/isa/', '{}'::jsonb
    from card_records c where c.company_id = any(${ids}::uuid[]) and c.period_of_stay_expires_on is not null and c.renewal_applied_on is null`;
  // 19-16 duties around today for one in five, a tenth of them already closed.
  await sql`
    insert into duties (company_id, employee_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, rule, basis, source, details, status)
    select e.company_id, e.id, 'isa_contract_org_notification:employment_started:' || e.id, 'isa_contract_org_notification', 'employment_started',
      ${opts.today}::date - 44 + h.v % 90, 'employee', ${opts.today}::date - 30 + h.v % 90, ${opts.today}::date - 30 + h.v % 90, 'isa-19-16-contract@1',
      '出入国管理及び難民認定法 第19条の16第2号', 'https://www.moj.go.jp/isa/', '{}'::jsonb, case when h.v % 10 = 0 then 'closed' else 'open' end
    from employees e cross join lateral (select hashtext(e.id::text || 'd') & 2147483647 as v) h
    where e.company_id = any(${ids}::uuid[]) and h.v % 5 = 0`;
  await sql`
    insert into events (company_id, employee_id, type, date)
    select c.company_id, c.employee_id, 'graduated', ${opts.today}::date - 30
    from card_records c where c.company_id = any(${ids}::uuid[]) and c.status_code = 'student' and (hashtext(c.id::text) & 2147483647) % 30 = 0`;
  await sql`
    insert into card_checks (company_id, employee_id, card_record_id, checked_on, original_seen, lapse_check_done, result)
    select c.company_id, c.employee_id, c.id, ${opts.today}::date - 60, true, true, 'ok'
    from card_records c where c.company_id = any(${ids}::uuid[]) and (hashtext(c.id::text || 'k') & 2147483647) % 10 < 7`;
  await sql`
    insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key, status, attempts)
    select d.company_id, d.id, d.employee_id, 'employee', 'before', ${opts.today}::date - 3, 'bench:' || d.id, 'failed', 5
    from duties d where d.company_id = any(${ids}::uuid[]) and (hashtext(d.id::text) & 2147483647) % 500 = 0`;
  await sql`analyze`;
  return { targetCompanyId, userId: String(user?.id) };
}
