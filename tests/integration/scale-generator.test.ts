import { sql as dsql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorld } from "@/bench/lib/generate";
import type { GeneratedCompany } from "@/bench/lib/generate-companies";
import { withTenant } from "@/db/tenant";
import { toDay } from "@/lib/compliance";
import { DEFAULT_LADDERS } from "@/lib/services/pipeline/company-settings";
import { reminderRows } from "@/lib/services/pipeline/schedule-reminders";
import { syncEmployeeDuties } from "@/lib/services/pipeline/sync-employee-duties";
import { ownerSql } from "../helpers/db";

/**
 * The benchmark world (bench/lib/generate.ts) must hold the rows the pipeline itself would write, or the
 * benchmarks would time the wrong data. A small world is generated here, then its duties and reminders
 * are thrown away and rebuilt by the real syncEmployeeDuties: both sets must be equal, row for row.
 */
const owner = ownerSql();
const TODAY = "2026-06-15";
afterAll(() => owner.end());

const dutyColumns = `d.employee_id, d.dedupe_key, d.event_id, d.code, d.trigger, d.trigger_date::text, d.owner, d.nominal_due_date::text, d.due_date::text,
  d.best_effort, d.approximate, d.to_confirm, d.rule, d.basis, d.source, d.details, d.status`;

async function snapshot(companyIds: string[]) {
  const duties = await owner.unsafe(
    `select ${dutyColumns} from duties d where d.company_id = any($1::uuid[]) order by d.employee_id, d.dedupe_key`,
    [companyIds],
  );
  // Duty ids differ between the two runs: reminders are compared through their duty's dedupe key.
  const reminders = await owner.unsafe(
    `select d.employee_id, d.dedupe_key as duty, n.recipient_type, n.kind, n.send_on::text, replace(n.dedupe_key, d.id::text, d.dedupe_key) as key, n.status
     from notifications n join duties d on d.id = n.duty_id where n.company_id = any($1::uuid[]) order by 1, 2, 6`,
    [companyIds],
  );
  const work = await owner.unsafe(
    `select id, work_state, work_until::text from employees where company_id = any($1::uuid[]) order by id`,
    [companyIds],
  );
  return { duties, reminders, work };
}

describe("the benchmark world generator", () => {
  let companies: GeneratedCompany[] = [];
  beforeAll(async () => {
    const world = await generateWorld(process.env.DATABASE_URL ?? "", {
      today: TODAY,
      sizes: [160, 40],
      history: false,
      bulk: false,
      seed: 11,
    });
    companies = world.companies;
  });

  it("writes the duties, reminders and work states the real pipeline writes for the same people", async () => {
    const ids = companies.map((c) => c.id);
    const generated = await snapshot(ids);
    expect(generated.duties.length).toBeGreaterThan(200);
    expect(generated.reminders.length).toBeGreaterThan(generated.duties.length);
    await owner`delete from notifications where company_id = any(${ids}::uuid[])`;
    await owner`delete from duties where company_id = any(${ids}::uuid[])`;
    await owner`update employees set work_state = null, work_until = null where company_id = any(${ids}::uuid[])`;
    for (const id of ids)
      await withTenant({ companyId: id }, async (tx) => {
        const rows = (await tx.execute(
          dsql`select id from employees where company_id = ${id}::uuid`,
        )) as unknown as { id: string }[];
        await syncEmployeeDuties(
          tx,
          id,
          rows.map((r) => r.id),
          { today: TODAY },
        );
      });
    const real = await snapshot(ids);
    expect(generated.duties).toEqual(real.duties);
    expect(generated.reminders).toEqual(real.reminders);
    expect(generated.work).toEqual(real.work);
  });

  it("with history, starts each duty's ladder on the day it was recorded, exactly as reminderRows() does, and ages it consistently", async () => {
    const world = await generateWorld(process.env.DATABASE_URL ?? "", {
      today: TODAY,
      sizes: [120],
      history: true,
      bulk: false,
      seed: 12,
    });
    const companyId = world.companies[0]?.id ?? "";
    const duties = await owner`
      select d.id, d.employee_id, d.code, d.owner, d.due_date::text, d.status, (d.created_at at time zone 'Asia/Tokyo')::date::text as recorded,
        (d.closed_at at time zone 'Asia/Tokyo')::date::text as closed, e.email is not null as has_email
      from duties d join employees e on e.id = d.employee_id where d.company_id = ${companyId}::uuid`;
    const stored =
      await owner`select duty_id, recipient_type, kind, send_on::text, dedupe_key, status from notifications where company_id = ${companyId}::uuid and duty_id is not null`;
    expect(duties.some((d) => d.status === "closed")).toBe(true);
    const expected = duties.flatMap((d) =>
      reminderRows(
        { id: d.id, employeeId: d.employee_id, code: d.code, owner: d.owner, dueDate: d.due_date },
        DEFAULT_LADDERS,
        d.recorded,
        d.has_email,
      ).map((r) => `${r.dutyId} ${r.recipientType} ${r.kind} ${r.sendOn} ${r.dedupeKey}`),
    );
    expect(
      stored.map((n) => `${n.duty_id} ${n.recipient_type} ${n.kind} ${n.send_on} ${n.dedupe_key}`).sort(),
    ).toEqual(expected.sort());
    const closedOn = new Map(duties.map((d) => [d.id, d.closed as string | null]));
    for (const n of stored) {
      const closed = closedOn.get(n.duty_id) ?? null;
      const status =
        closed !== null && n.send_on > closed
          ? "cancelled"
          : toDay(n.send_on) < toDay(TODAY)
            ? "sent"
            : "pending";
      expect(`${n.dedupe_key} ${n.status}`).toBe(`${n.dedupe_key} ${status}`);
    }
    const digests =
      await owner`select count(*)::int as n from notifications where company_id = ${companyId}::uuid and kind = 'digest' and status = 'sent'`;
    expect(digests[0]?.n).toBeGreaterThan(0);
  });
});
