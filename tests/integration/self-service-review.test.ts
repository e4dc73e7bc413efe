import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { closeRedis } from "@/lib/redis";
import { confirmDuty } from "@/lib/services/self-service/confirm-duty";
import { getUploadForHr } from "@/lib/services/self-service/get-upload";
import { reviewConfirmation } from "@/lib/services/self-service/review-confirmation";
import { listReviewQueue } from "@/lib/services/self-service/review-queue";
import { makeCompany } from "../factories/company";
import { accessFor, employeeWithContractEnd, FILES, linkFor } from "../factories/self-service";
import { ownerSql } from "../helpers/db";
import { mailTo, sweepAndSend } from "../helpers/pipeline";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
afterAll(async () => {
  await owner.end();
  await closeRedis();
});
beforeAll(async () => {
  a = await makeCompany("審査株式会社");
  b = await makeCompany("他社B株式会社");
});

/** An employee who has confirmed their 19-16 filing with a receipt number and a PDF. */
async function confirmed() {
  const person = await employeeWithContractEnd(a);
  const [duty] =
    await owner`select id from duties where employee_id = ${person.employeeId} and code = 'isa_contract_org_notification'`;
  const access = await accessFor((await linkFor(a.companyId, person.employeeId)).token);
  const { confirmationId } = await confirmDuty(
    access,
    { dutyId: String(duty?.id), filedOn: todayInJapan(), channel: "online", receiptNumber: "A-1" },
    FILES.pdf(),
  );
  return { ...person, dutyId: String(duty?.id), confirmationId };
}
const pendingTo = async (dutyId: string, recipient: "employee" | "hr") =>
  (
    await owner`select count(*)::int as n from notifications where duty_id = ${dutyId} and recipient_type = ${recipient} and status = 'pending' and kind <> 'review_returned'`
  )[0]?.n;

describe("HR reviews a confirmation", () => {
  it("the queue lists it with its proof file, which HR can open (and the opening is logged)", async () => {
    const c = await confirmed();
    const queue = await listReviewQueue(a);
    const item = queue.confirmations.find((q) => q.id === c.confirmationId);
    expect(item).toMatchObject({
      dutyId: c.dutyId,
      code: "isa_contract_org_notification",
      channel: "online",
      receiptNumber: "A-1",
    });
    const file = await getUploadForHr(a, item?.uploadId ?? "");
    expect(file.mimeType).toBe("application/pdf");
    expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const [audit] =
      await owner`select actor_type, action from audit_log where company_id = ${a.companyId} and entity_id = ${item?.uploadId ?? ""}`;
    expect(audit).toMatchObject({ actor_type: "user", action: "upload.viewed" });
  });

  it("accept: confirmation accepted, duty closed, every pending reminder of it cancelled, audit as HR", async () => {
    const c = await confirmed();
    expect(await pendingTo(c.dutyId, "employee")).toBe(0);
    await reviewConfirmation(a, c.confirmationId, { decision: "accept" });
    const [duty] = await owner`select status, closed_at from duties where id = ${c.dutyId}`;
    expect(duty?.status).toBe("closed");
    expect(duty?.closed_at).not.toBeNull();
    const [conf] = await owner`select status, reviewed_by from confirmations where id = ${c.confirmationId}`;
    expect(conf).toMatchObject({ status: "accepted", reviewed_by: a.actor.id });
    expect(
      (
        await owner`select count(*)::int as n from notifications where duty_id = ${c.dutyId} and status = 'pending'`
      )[0]?.n,
    ).toBe(0);
    const [audit] =
      await owner`select actor_type, actor_id, data from audit_log where action = 'confirmation.accepted' and entity_id = ${c.dutyId}`;
    expect(audit).toMatchObject({
      actor_type: "user",
      actor_id: a.actor.id,
      data: { status: { from: "submitted", to: "closed" } },
    });
    expect((await listReviewQueue(a)).confirmations.map((q) => q.id)).not.toContain(c.confirmationId);
    await expect(
      reviewConfirmation(a, c.confirmationId, { decision: "return", comment: "again" }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === "conflict");
  });

  it("return: needs a comment; reopens the duty, restores its future reminders, and emails the employee HR's words", async () => {
    const c = await confirmed();
    await expect(
      reviewConfirmation(a, c.confirmationId, { decision: "return", comment: "  " }),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.issues[0]?.field === "comment");
    const { notificationId } = await reviewConfirmation(a, c.confirmationId, {
      decision: "return",
      comment: "The receipt number is cut off. Please attach the whole screen.",
    });
    const [duty] = await owner`select status, submitted_at from duties where id = ${c.dutyId}`;
    expect(duty).toMatchObject({ status: "open", submitted_at: null });
    expect(await pendingTo(c.dutyId, "employee")).toBeGreaterThan(0);
    const [row] = await owner`select * from notifications where id = ${notificationId ?? ""}`;
    expect(row).toMatchObject({
      kind: "review_returned",
      recipient_type: "employee",
      status: "pending",
      duty_id: c.dutyId,
      employee_id: c.employeeId,
    });

    // The real sender delivers it: the employee's email carries HR's words and a fresh personal link.
    const { outcomes } = await sweepAndSend(todayInJapan(), { only: (due) => due.id === notificationId });
    expect(outcomes).toHaveLength(1);
    const [mail] = await mailTo(c.email);
    expect(mail?.text).toContain("The receipt number is cut off. Please attach the whole screen.");
    expect(mail?.text).toMatch(/\/e\/[A-Za-z0-9_-]{40,}/);
    expect(mail?.html).toContain('lang="vi"');
    const [sent] =
      await owner`select status, message_id from notifications where id = ${notificationId ?? ""}`;
    expect(sent?.status).toBe("sent");

    // The employee can confirm again; the duty goes back to the queue.
    const access = await accessFor((await linkFor(a.companyId, c.employeeId)).token);
    const again = await confirmDuty(
      access,
      { dutyId: c.dutyId, filedOn: todayInJapan(), channel: "online", receiptNumber: "A-2" },
      null,
    );
    expect((await listReviewQueue(a)).confirmations.map((q) => q.id)).toContain(again.confirmationId);
  });
});

describe("company B against company A's review items and files", () => {
  it("cannot see A's queue, decide A's confirmation, or open A's files", async () => {
    const c = await confirmed();
    const [conf] = await owner`select upload_id from confirmations where id = ${c.confirmationId}`;
    const queue = await listReviewQueue(b);
    expect(queue.confirmations.map((q) => q.id)).not.toContain(c.confirmationId);
    const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
    await expect(reviewConfirmation(b, c.confirmationId, { decision: "accept" })).rejects.toSatisfy(
      isNotFound,
    );
    await expect(
      reviewConfirmation(b, c.confirmationId, { decision: "return", comment: "x" }),
    ).rejects.toSatisfy(isNotFound);
    await expect(getUploadForHr(b, String(conf?.upload_id))).rejects.toSatisfy(isNotFound);
    const [after] =
      await owner`select c.status, d.status as duty from confirmations c join duties d on d.id = c.duty_id where c.id = ${c.confirmationId}`;
    expect(after).toEqual({ status: "pending", duty: "submitted" });
  });

  it("an employee's own access is not HR: files are for signed-in members only", async () => {
    const c = await confirmed();
    const [conf] = await owner`select upload_id from confirmations where id = ${c.confirmationId}`;
    const access = await accessFor((await linkFor(a.companyId, c.employeeId)).token);
    await expect(getUploadForHr(access.ctx, String(conf?.upload_id))).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "forbidden",
    );
  });

  it("row-level security alone hides A's confirmations, uploads and tokens from the app role set to B", async () => {
    await confirmed();
    const { appRoleSql } = await import("../helpers/db");
    const app = appRoleSql();
    try {
      await app.begin(async (tx) => {
        await tx`select set_config('app.company_id', ${b.companyId}, true)`;
        for (const table of ["confirmations", "uploads", "employee_tokens", "card_submissions"]) {
          const [row] = await tx.unsafe(`select count(*)::int as n from ${table} where company_id = $1`, [
            a.companyId,
          ]);
          expect(row?.n, table).toBe(0);
        }
      });
    } finally {
      await app.end();
    }
  });
});
