import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { deleteEvent } from "@/lib/services/pipeline/delete-event";
import { getEmployeePipeline } from "@/lib/services/pipeline/get-employee-pipeline";
import { muteDuty, unmuteDuty } from "@/lib/services/pipeline/mute-duty";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { updateEvent } from "@/lib/services/pipeline/update-event";
import { makeCompany, makeEmployee } from "../factories/company";
import { appRoleSql, ownerSql } from "../helpers/db";

const owner = ownerSql();
const app = appRoleSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
let employeeOfA = "";
let eventOfA = "";
let dutyOfA = "";
const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
const clock = { today: "2027-07-01" };

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  employeeOfA = (await makeEmployee(a)).id;
  eventOfA = (await recordEvent(a, employeeOfA, { type: "moved_house", date: "2027-07-01" }, clock)).id;
  const [duty] =
    await owner`select id from duties where employee_id = ${employeeOfA} and code = 'address_notification'`;
  dutyOfA = duty?.id;
});
afterAll(async () => {
  await owner.end();
  await app.end();
});

const snapshot = async () => {
  const [row] = await owner`
    select (select count(*) from events where employee_id = ${employeeOfA})::int as events,
           (select count(*) from events where employee_id = ${employeeOfA} and deleted_at is not null)::int as deleted,
           (select string_agg(date::text, ',') from events where employee_id = ${employeeOfA}) as dates,
           (select count(*) from duties where employee_id = ${employeeOfA} and muted_at is not null)::int as muted,
           (select count(*) from notifications where employee_id = ${employeeOfA} and status = 'pending')::int as pending`;
  return row;
};

describe("company B with company A's ids, through the pipeline use cases", () => {
  it("cannot read, record, edit, delete or mute anything of A's, and nothing changes", async () => {
    const before = await snapshot();
    await expect(getEmployeePipeline(b, employeeOfA, clock)).rejects.toSatisfy(isNotFound);
    await expect(
      recordEvent(b, employeeOfA, { type: "divorced", date: "2027-07-02" }, clock),
    ).rejects.toSatisfy(isNotFound);
    await expect(updateEvent(b, eventOfA, { date: "2027-07-03" }, clock)).rejects.toSatisfy(isNotFound);
    await expect(deleteEvent(b, eventOfA, clock)).rejects.toSatisfy(isNotFound);
    await expect(muteDuty(b, dutyOfA, { reason: "hijack attempt" })).rejects.toSatisfy(isNotFound);
    await expect(unmuteDuty(b, dutyOfA, clock)).rejects.toSatisfy(isNotFound);
    expect(await snapshot()).toEqual(before);
  });

  it("A itself can do all of it", async () => {
    expect((await getEmployeePipeline(a, employeeOfA, clock)).duties.map((d) => d.code)).toContain(
      "address_notification",
    );
    await muteDuty(a, dutyOfA, { reason: "confirmed by phone" });
    const [muted] = await owner`select mute_reason from duties where id = ${dutyOfA}`;
    expect(muted?.mute_reason).toBe("confirmed by phone");
    const [pending] =
      await owner`select count(*)::int as n from notifications where duty_id = ${dutyOfA} and status = 'pending'`;
    expect(pending?.n).toBe(0);
    const [audit] =
      await owner`select count(*)::int as n from audit_log where company_id = ${a.companyId} and action = 'duty.muted' and entity_id = ${dutyOfA}`;
    expect(audit?.n).toBe(1);
  });
});

describe("input and roles", () => {
  it("a bad date names the field and the rule, and writes nothing", async () => {
    const before = await snapshot();
    const error = await recordEvent(a, employeeOfA, { type: "moved_house", date: "2027-02-30" }, clock).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues).toEqual([
      expect.objectContaining({ field: "date", rule: "date_format" }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("a viewer cannot record events", async () => {
    const viewer = { ...a, actor: { type: "user" as const, id: a.actor.id, role: "viewer" as const } };
    await expect(
      recordEvent(viewer, employeeOfA, { type: "divorced", date: "2027-07-02" }, clock),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("row-level security alone, raw SQL as the application role", () => {
  it("sees none of A's events, duties, notifications or company events without A's company set, or with B's", async () => {
    for (const table of ["events", "duties", "notifications", "company_events"]) {
      const none = await app.unsafe(`select count(*)::int as n from ${table}`);
      expect(none[0]?.n, `${table} with no company set`).toBe(0);
      const asB = await app.begin(async (tx) => {
        await tx`select set_config('app.company_id', ${b.companyId}, true)`;
        return tx.unsafe(`select count(*)::int as n from ${table} where company_id = '${a.companyId}'`);
      });
      expect(asB[0]?.n, `${table} as B`).toBe(0);
    }
  });
});
