import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/compliance";
import { AppError } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { closeRedis } from "@/lib/redis";
import { confirmDuty } from "@/lib/services/self-service/confirm-duty";
import { getEmployeePortal } from "@/lib/services/self-service/get-employee-portal";
import { makeCompany } from "../factories/company";
import { accessFor, EMPLOYEE_IP, employeeWithContractEnd, FILES, linkFor } from "../factories/self-service";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
afterAll(async () => {
  await owner.end();
  await closeRedis();
});
beforeAll(async () => {
  a = await makeCompany("確認株式会社");
});

/** A fresh employee, their open 19-16 duty and an open link, per test: tests never share state. */
async function setup() {
  const person = await employeeWithContractEnd(a);
  const [duty] =
    await owner`select id, trigger_date::text as trigger from duties where employee_id = ${person.employeeId} and code = 'isa_contract_org_notification'`;
  const access = await accessFor((await linkFor(a.companyId, person.employeeId)).token);
  return { ...person, dutyId: String(duty?.id), access };
}
const fieldOf = (rule: string) => (e: unknown) =>
  e instanceof AppError && e.issues.some((i) => i.rule?.startsWith(rule));
const uploadFiles = () => {
  const dir = process.env.UPLOAD_DIR ?? "";
  return fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile())
        .length
    : 0;
};

describe("the employee confirms a filing", () => {
  it("with a receipt number and a PDF: duty submitted, employee reminders stopped, audit as the employee with IP", async () => {
    const s = await setup();
    const pendingBefore =
      await owner`select count(*)::int as n from notifications where duty_id = ${s.dutyId} and recipient_type = 'employee' and status = 'pending'`;
    expect(pendingBefore[0]?.n).toBeGreaterThan(0);

    const { confirmationId } = await confirmDuty(
      s.access,
      { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "online", receiptNumber: "ＡＢ－１２３４５" },
      FILES.pdf(),
    );

    const [c] =
      await owner`select status, channel, receipt_number, upload_id, employee_id, submitted_by from confirmations where id = ${confirmationId}`;
    expect(c).toMatchObject({
      status: "pending",
      channel: "online",
      receipt_number: "AB-12345",
      employee_id: s.employeeId,
      submitted_by: "employee",
    });
    const [upload] =
      await owner`select kind, mime_type, size, storage_key, company_id from uploads where id = ${c?.upload_id}`;
    expect(upload).toMatchObject({
      kind: "filing_proof",
      mime_type: "application/pdf",
      company_id: a.companyId,
    });
    // Stored outside the web root, under UPLOAD_DIR, named by company and a random id only.
    expect(String(upload?.storage_key)).toMatch(new RegExp(`^${a.companyId}/[0-9a-f-]{36}$`));
    expect(fs.existsSync(path.join(process.env.UPLOAD_DIR ?? "", String(upload?.storage_key)))).toBe(true);

    const [duty] = await owner`select status, submitted_at from duties where id = ${s.dutyId}`;
    expect(duty?.status).toBe("submitted");
    expect(duty?.submitted_at).not.toBeNull();
    const pendingAfter =
      await owner`select count(*)::int as n from notifications where duty_id = ${s.dutyId} and recipient_type = 'employee' and status = 'pending'`;
    expect(pendingAfter[0]?.n).toBe(0);

    const [audit] =
      await owner`select actor_type, actor_id, host(ip) as ip, action, entity_id, data from audit_log where company_id = ${a.companyId} and action = 'duty.confirmed' and entity_id = ${s.dutyId}`;
    expect(audit).toMatchObject({ actor_type: "employee", actor_id: s.employeeId, ip: EMPLOYEE_IP });
    expect(audit?.data).toMatchObject({
      confirmationId,
      status: { from: "open", to: "submitted" },
      channel: "online",
      hasReceiptNumber: true,
    });
    expect(JSON.stringify(audit?.data)).not.toContain("AB-12345");

    const portal = await getEmployeePortal(s.access);
    expect(portal.duties.find((d) => d.id === s.dutyId)).toMatchObject({
      status: "submitted",
      lastConfirmation: { status: "pending" },
    });
  });

  it("a second confirmation of the same duty is refused (already submitted)", async () => {
    const s = await setup();
    await confirmDuty(
      s.access,
      { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "counter", receiptNumber: "R-1" },
      null,
    );
    await expect(
      confirmDuty(
        s.access,
        { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "counter", receiptNumber: "R-2" },
        null,
      ),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "conflict");
  });

  it("names the field and the rule: no proof, a future date, a date before the event, a bad channel", async () => {
    const s = await setup();
    const base = { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "post" };
    await expect(confirmDuty(s.access, base, null)).rejects.toSatisfy(fieldOf("proof_required"));
    await expect(
      confirmDuty(s.access, { ...base, filedOn: addDays(todayInJapan(), 1), receiptNumber: "1" }, null),
    ).rejects.toSatisfy(fieldOf("filed_in_future"));
    await expect(
      confirmDuty(s.access, { ...base, filedOn: "2020-01-01", receiptNumber: "1" }, null),
    ).rejects.toSatisfy(fieldOf("filed_before_event"));
    await expect(
      confirmDuty(s.access, { ...base, channel: "fax", receiptNumber: "1" }, null),
    ).rejects.toSatisfy(fieldOf("invalid_choice"));
    await expect(confirmDuty(s.access, { ...base, receiptNumber: "<script>" }, null)).rejects.toSatisfy(
      fieldOf("receipt_format"),
    );
    const [duty] = await owner`select status from duties where id = ${s.dutyId}`;
    expect(duty?.status).toBe("open");
  });
});

describe("proof files are checked by content and size; a refused upload stores nothing", () => {
  it.each([
    ["a program renamed receipt.pdf", FILES.exeAsPdf, "file_type", "unsupported_media_type"],
    ["a file over 10 MB", FILES.oversize, "file_too_large", "payload_too_large"],
    ["an empty file", FILES.empty, "file_empty", "invalid_input"],
  ])("refuses %s", async (_name, file, rule, code) => {
    const s = await setup();
    const filesBefore = uploadFiles();
    const error = await confirmDuty(
      s.access,
      { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "online", receiptNumber: "X-1" },
      file(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).issues[0]).toMatchObject({ field: "proof", rule });
    expect(uploadFiles()).toBe(filesBefore);
    const rows =
      await owner`select (select count(*)::int from confirmations where duty_id = ${s.dutyId}) as c, (select count(*)::int from uploads where employee_id = ${s.employeeId}) as u`;
    expect(rows[0]).toEqual({ c: 0, u: 0 });
  });

  it("accepts PNG and JPEG photos", async () => {
    for (const file of [FILES.png, FILES.jpeg]) {
      const s = await setup();
      await confirmDuty(s.access, { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "counter" }, file());
    }
  });

  it("a write that fails after the file was stored removes the file again", async () => {
    const s = await setup();
    await confirmDuty(
      s.access,
      { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "online", receiptNumber: "1" },
      null,
    );
    const filesBefore = uploadFiles();
    // The duty is no longer open: the transaction fails after the PDF was written to disk.
    await expect(
      confirmDuty(s.access, { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "online" }, FILES.pdf()),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "conflict");
    expect(uploadFiles()).toBe(filesBefore);
    const [u] = await owner`select count(*)::int as n from uploads where employee_id = ${s.employeeId}`;
    expect(u?.n).toBe(0);
  });
});

describe("a link of company A used on company B's data", () => {
  it("cannot confirm B's duty, nor see it on the page", async () => {
    const b = await makeCompany("他社B株式会社");
    const victim = await employeeWithContractEnd(b);
    const [bDuty] =
      await owner`select id from duties where employee_id = ${victim.employeeId} and owner = 'employee'`;
    const s = await setup();
    await expect(
      confirmDuty(
        s.access,
        { dutyId: String(bDuty?.id), filedOn: todayInJapan(), channel: "online", receiptNumber: "1" },
        null,
      ),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "not_found");
    const [row] = await owner`select status from duties where id = ${bDuty?.id}`;
    expect(row?.status).toBe("open");
    expect(
      (await owner`select count(*)::int as n from confirmations where duty_id = ${bDuty?.id}`)[0]?.n,
    ).toBe(0);
    const portal = await getEmployeePortal(s.access);
    expect(portal.duties.map((d) => d.id)).not.toContain(String(bDuty?.id));
  });

  it("cannot confirm a colleague's duty in the same company either", async () => {
    const colleague = await employeeWithContractEnd(a);
    const [theirDuty] =
      await owner`select id from duties where employee_id = ${colleague.employeeId} and owner = 'employee'`;
    const s = await setup();
    await expect(
      confirmDuty(
        s.access,
        { dutyId: String(theirDuty?.id), filedOn: todayInJapan(), channel: "online", receiptNumber: "1" },
        null,
      ),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "not_found");
  });

  it("a card-update link cannot confirm filings", async () => {
    const s = await setup();
    const cardOnly = await accessFor(
      (await linkFor(a.companyId, s.employeeId, { scope: "card_update" })).token,
    );
    await expect(
      confirmDuty(
        cardOnly,
        { dutyId: s.dutyId, filedOn: todayInJapan(), channel: "online", receiptNumber: "1" },
        null,
      ),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "forbidden");
  });
});
