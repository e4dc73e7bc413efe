/**
 * 2. Event fan-out: a head-office move of the 20,000-employee company (quick: 5,000), recorded through
 * the real use case (recordCompanyEvent: one event per employee on the books, the engine per person,
 * duties, reminder rows and audit in one transaction), while the database holds the whole world. The
 * floor, measured right after each move, is one INSERT…SELECT statement writing copies of exactly the
 * rows the move wrote (company event, events, duties, reminders), in a transaction then rolled back.
 *   npx tsx bench/fanout.ts [--quick]
 */
import { pathToFileURL } from "node:url";
import type { Sql } from "postgres";
import { addDays } from "@/lib/compliance";
import { type BenchRow, benchRow, median, say, timed } from "./lib/row";
import { closeWorld, getWorld } from "./lib/world";

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const { recordCompanyEvent } = await import("@/lib/services/pipeline/record-company-event");
  const company = world.roles.fanout;
  const ctx = {
    companyId: company.id,
    actor: { type: "user" as const, id: company.ownerUserId, role: "owner" as const },
    locale: "ja" as const,
  };
  const runs = opts.quick ? 2 : 3;
  const real: number[] = [];
  const floor: number[] = [];
  let written = { events: 0, duties: 0, reminders: 0 };
  for (let k = 0; k < runs; k++) {
    // A move on another day each time: a new event per employee, so each run does the whole fan-out.
    const date = addDays(world.today, -k);
    const move = await timed(() =>
      recordCompanyEvent(
        ctx,
        { type: "org_address_changed", date, detail: `本社移転 ${k + 1}` },
        { today: world.today },
      ),
    );
    written = await countWritten(world.sql, move.result.id);
    const copy = await timed(() => floorCopy(world.sql, move.result.id, addDays(world.today, -100 - k)));
    if (copy.result.duties !== written.duties || copy.result.reminders !== written.reminders)
      throw new Error(`the floor wrote ${JSON.stringify(copy.result)}, the move ${JSON.stringify(written)}`);
    real.push(move.ms);
    floor.push(copy.ms);
    say(
      "fanout",
      `move ${date}: ${(move.ms / 1000).toFixed(2)} s for ${move.result.employees.toLocaleString("en")} employees (${JSON.stringify(written)}); floor ${(copy.ms / 1000).toFixed(2)} s`,
    );
  }
  const people = company.size.toLocaleString("en");
  return [
    benchRow(
      `event fan-out: head-office move of a ${people}-employee company (${written.duties.toLocaleString("en")} duties, ${written.reminders.toLocaleString("en")} reminder rows; median of ${runs})`,
      "s",
      median(real) / 1000,
      median(floor) / 1000,
      "under 10 s, within 5× of the floor",
    ),
  ];
}

async function countWritten(sql: Sql, companyEventId: string) {
  const [row] = await sql<{ events: number; duties: number; reminders: number }[]>`
    with e as (select company_id, employee_id, id from events where company_event_id = ${companyEventId}),
    d as (select d.company_id, d.id from duties d join e on d.company_id = e.company_id and d.employee_id = e.employee_id and d.event_id = e.id)
    select (select count(*) from e)::int as events, (select count(*) from d)::int as duties,
      (select count(*) from notifications n join d on n.company_id = d.company_id and n.duty_id = d.id)::int as reminders`;
  return row ?? { events: 0, duties: 0, reminders: 0 };
}

/**
 * Copies of the move's rows under a new company event (another date, new ids, keys rewritten to the new
 * ids): the irreducible cost of writing them with the same indexes, constraints and row-level checks off
 * (the schema owner). One statement; rolled back, so the world is unchanged.
 */
async function floorCopy(
  sql: Sql,
  companyEventId: string,
  date: string,
): Promise<{ duties: number; reminders: number }> {
  let counts = { duties: 0, reminders: 0 };
  await sql
    .begin(async (tx) => {
      const [row] = await tx<{ duties: number; reminders: number }[]>`
        with source as (select * from company_events where id = ${companyEventId}),
        ce as (
          insert into company_events (company_id, type, date, data) select company_id, type, ${date}::date, data from source returning id, company_id),
        ev_map as materialized (
          select e.id as old_id, gen_random_uuid() as new_id, e.* from events e where e.company_event_id = ${companyEventId}),
        ev as (
          insert into events (id, company_id, employee_id, company_event_id, type, date, data)
          select m.new_id, m.company_id, m.employee_id, ce.id, m.type, ${date}::date, m.data from ev_map m cross join ce returning id),
        d_map as materialized (
          select d.id as old_id, gen_random_uuid() as new_id, m.new_id as new_event_id, d.* from duties d join ev_map m on d.company_id = m.company_id and d.employee_id = m.employee_id and d.event_id = m.old_id),
        du as (
          insert into duties (id, company_id, employee_id, event_id, dedupe_key, code, trigger, trigger_date, owner, nominal_due_date, due_date, best_effort, approximate, to_confirm, rule, basis, source, details)
          select m.new_id, m.company_id, m.employee_id, m.new_event_id, replace(m.dedupe_key, m.old_id::text, m.new_event_id::text) || ':copy', m.code, m.trigger, m.trigger_date, m.owner, m.nominal_due_date, m.due_date, m.best_effort, m.approximate, m.to_confirm, m.rule, m.basis, m.source, m.details
          from d_map m returning id),
        nt as (
          insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
          select n.company_id, m.new_id, n.employee_id, n.recipient_type, n.kind, n.send_on, replace(n.dedupe_key, m.old_id::text, m.new_id::text)
          from notifications n join d_map m on n.company_id = m.company_id and n.duty_id = m.old_id returning id)
        select (select count(*) from du)::int as duties, (select count(*) from nt)::int as reminders`;
      counts = row ?? counts;
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return counts;
}

class RollBack extends Error {}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .finally(() => closeWorld())
    .then(() => process.exit(0));
}
