import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Notification } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError } from "@/lib/errors";
import { closeRedis } from "@/lib/redis";
import { openEmployeeLink } from "@/lib/services/self-service/employee-access";
import { renderReviewReturned } from "@/lib/services/self-service/render-review-returned";
import { reviewCardSubmission } from "@/lib/services/self-service/review-card-submission";
import { listReviewQueue } from "@/lib/services/self-service/review-queue";
import { submitCard } from "@/lib/services/self-service/submit-card";
import { makeCompany, makeEmployee } from "../factories/company";
import { accessFor, FILES, linkFor } from "../factories/self-service";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
afterAll(async () => {
  await owner.end();
  await closeRedis();
});
beforeAll(async () => {
  a = await makeCompany("カード株式会社");
  b = await makeCompany("他社B株式会社");
});

const NEW_CARD = {
  statusCode: "engineer_specialist",
  periodOfStayExpiresOn: "2031-09-30",
  cardExpiresOn: "2031-09-30",
  cardNumber: "xy98765432zw",
};

/** An employee whose current card expires 2027-09-30, with a card-update link opened. */
async function employeeWithLink() {
  const { id } = await makeEmployee(
    a,
    { email: `c-${crypto.randomUUID()}@example.test` },
    { periodOfStayExpiresOn: "2027-09-30" },
  );
  const link = await linkFor(a.companyId, id, { scope: "card_update" });
  return { employeeId: id, link, access: await accessFor(link.token) };
}

describe("the employee sends a new card", () => {
  it("stores the details (number encrypted), both photos, and uses up the card-update link", async () => {
    const e = await employeeWithLink();
    const { submissionId } = await submitCard(e.access, NEW_CARD, FILES.png(), FILES.jpeg());
    const [row] =
      await owner`select data, front_upload_id, back_upload_id, status from card_submissions where id = ${submissionId}`;
    expect(row?.status).toBe("pending");
    expect(row?.data).toMatchObject({
      statusCode: "engineer_specialist",
      periodOfStayExpiresOn: "2031-09-30",
      cardNumberLast4: "32ZW",
    });
    expect(JSON.stringify(row?.data)).not.toContain("XY98765432ZW");
    const uploads =
      await owner`select kind, mime_type from uploads where id in (${row?.front_upload_id}, ${row?.back_upload_id}) order by kind`;
    expect(uploads.map((u) => `${u.kind}:${u.mime_type}`)).toEqual([
      "card_back:image/jpeg",
      "card_front:image/png",
    ]);
    expect(await openEmployeeLink(e.link.token, "lookup", null)).toMatchObject({
      isOpen: false,
      state: "used",
    });
    const [audit] =
      await owner`select actor_type, data from audit_log where action = 'card_submission.created' and entity_id = ${e.employeeId}`;
    expect(audit?.actor_type).toBe("employee");
    expect(JSON.stringify(audit?.data)).not.toContain("98765432");
  });

  it("refuses missing photos, a wrong file type and a bad card number, naming the field", async () => {
    const e = await employeeWithLink();
    const field = (name: string, rule: string) => (err: unknown) =>
      err instanceof AppError && err.issues.some((i) => i.field === name && i.rule?.startsWith(rule));
    await expect(submitCard(e.access, NEW_CARD, FILES.png(), null)).rejects.toSatisfy(
      field("back", "required"),
    );
    // All problems in one answer: a bad number and both photos missing.
    const all = await submitCard(e.access, { ...NEW_CARD, cardNumber: "1" }, null, null).catch(
      (err: unknown) => err,
    );
    expect((all as AppError).issues.map((i) => `${i.field}:${i.rule}`)).toEqual([
      "cardNumber:card_number_format",
      "front:required",
      "back:required",
    ]);
    await expect(submitCard(e.access, NEW_CARD, FILES.exeAsPdf(), FILES.png())).rejects.toSatisfy(
      field("front", "file_type"),
    );
    await expect(submitCard(e.access, NEW_CARD, FILES.png(), FILES.oversize())).rejects.toSatisfy(
      field("back", "file_too_large"),
    );
    await expect(
      submitCard(e.access, { ...NEW_CARD, cardNumber: "1234" }, FILES.png(), FILES.png()),
    ).rejects.toSatisfy(field("cardNumber", "card_number_format"));
    await expect(
      submitCard(e.access, { ...NEW_CARD, periodOfStayExpiresOn: undefined }, FILES.png(), FILES.png()),
    ).rejects.toSatisfy(field("periodOfStayExpiresOn", "period_expiry_required"));
    expect(
      (await owner`select count(*)::int as n from card_submissions where employee_id = ${e.employeeId}`)[0]
        ?.n,
    ).toBe(0);
  });

  it("only one submission waits at a time", async () => {
    const { id } = await makeEmployee(a);
    const access = await accessFor((await linkFor(a.companyId, id)).token);
    await submitCard(access, NEW_CARD, FILES.png(), FILES.png());
    await expect(submitCard(access, NEW_CARD, FILES.png(), FILES.png())).rejects.toSatisfy(
      (err) => err instanceof AppError && err.code === "conflict",
    );
  });
});

describe("HR reviews a new card", () => {
  it("accept: a new current card record (old one kept), duties recomputed for the new expiry", async () => {
    const e = await employeeWithLink();
    const { submissionId } = await submitCard(e.access, NEW_CARD, FILES.png(), FILES.png());
    const queued = (await listReviewQueue(a)).cards.find((c) => c.id === submissionId);
    expect(queued).toMatchObject({
      employeeId: e.employeeId,
      statusCode: "engineer_specialist",
      cardNumberLast4: "32ZW",
    });
    expect(queued).not.toHaveProperty("cardNumberEncrypted");

    const { cardRecordId } = await reviewCardSubmission(a, submissionId, {
      decision: "accept",
      card: {
        statusCode: "engineer_specialist",
        periodOfStayExpiresOn: "2031-09-30",
        cardExpiresOn: "2031-09-30",
      },
    });
    const cards =
      await owner`select id, period_of_stay_expires_on::text as expires, card_number_last4, superseded_at from card_records where employee_id = ${e.employeeId} order by created_at`;
    expect(cards).toHaveLength(2);
    expect(cards[0]?.superseded_at).not.toBeNull();
    expect(cards[1]).toMatchObject({
      id: cardRecordId,
      expires: "2031-09-30",
      card_number_last4: "32ZW",
      superseded_at: null,
    });
    const renewals =
      await owner`select status, trigger_date::text as t from duties where employee_id = ${e.employeeId} and code = 'period_of_stay_renewal' order by trigger_date`;
    expect(renewals.filter((d) => d.status === "open").map((d) => d.t)).toEqual(["2031-09-30"]);
    const [sub] = await owner`select status, card_record_id from card_submissions where id = ${submissionId}`;
    expect(sub).toMatchObject({ status: "accepted", card_record_id: cardRecordId });
  });

  it("return: the employee is emailed HR's comment and may send the card again with the same link", async () => {
    const e = await employeeWithLink();
    const { submissionId } = await submitCard(e.access, NEW_CARD, FILES.png(), FILES.png());
    const { notificationId } = await reviewCardSubmission(a, submissionId, {
      decision: "return",
      comment: "The back photo is blurred.",
    });
    const [row] = await owner`select * from notifications where id = ${notificationId ?? ""}`;
    expect(row).toMatchObject({
      kind: "review_returned",
      duty_id: null,
      employee_id: e.employeeId,
      status: "pending",
    });
    const notification = {
      id: row?.id,
      companyId: a.companyId,
      dutyId: null,
      employeeId: e.employeeId,
      dedupeKey: row?.dedupe_key,
      kind: "review_returned",
    } as Notification;
    const rendered = await withTenant(a, (tx) => renderReviewReturned(tx, notification));
    if ("skip" in rendered) throw new Error(rendered.skip);
    expect(rendered.email.text).toContain("The back photo is blurred.");
    expect((await openEmployeeLink(e.link.token, "lookup", null)).isOpen).toBe(true);
    expect(
      (await owner`select count(*)::int as n from card_records where employee_id = ${e.employeeId}`)[0]?.n,
    ).toBe(1);
  });

  it("company B can neither see, accept nor return A's submission", async () => {
    const e = await employeeWithLink();
    const { submissionId } = await submitCard(e.access, NEW_CARD, FILES.png(), FILES.png());
    expect((await listReviewQueue(b)).cards.map((c) => c.id)).not.toContain(submissionId);
    const isNotFound = (err: unknown) => err instanceof AppError && err.code === "not_found";
    await expect(
      reviewCardSubmission(b, submissionId, {
        decision: "accept",
        card: { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2031-09-30" },
      }),
    ).rejects.toSatisfy(isNotFound);
    await expect(
      reviewCardSubmission(b, submissionId, { decision: "return", comment: "x" }),
    ).rejects.toSatisfy(isNotFound);
    const [sub] = await owner`select status from card_submissions where id = ${submissionId}`;
    expect(sub?.status).toBe("pending");
    expect(
      (await owner`select count(*)::int as n from card_records where employee_id = ${e.employeeId}`)[0]?.n,
    ).toBe(1);
  });
});
