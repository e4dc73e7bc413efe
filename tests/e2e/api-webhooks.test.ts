import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { createWebhookEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { makeCompany } from "../factories/company";
import { callHttp, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";
import { startReceiver, waitFor } from "../helpers/webhook-receiver";

/**
 * Webhooks end to end: API calls on the production build write the events, the real worker process
 * (its 10-second dispatcher, BullMQ backoff) delivers them to a receiver in this test, which verifies
 * each signature and refuses the first attempt of every event.
 */
const base = process.env.E2E_BASE_URL ?? "";
const owner = ownerSql();
let secret = "";
const receiver = await startReceiver({
  secret: () => secret,
  answer: (attempt) => (attempt === 1 ? 500 : 200),
});
let endpointId = "";
let key = "";

beforeAll(async () => {
  const company = await makeCompany("Webhook受信株式会社");
  key = await makeApiKey(company);
  const created = await createWebhookEndpoint(company, {
    url: receiver.url,
    events: ["duty.created", "duty.confirmed"],
  });
  secret = created.secret;
  endpointId = created.id;
});
afterAll(async () => {
  await receiver.close();
  await owner.end();
});

describe("signed webhooks through the real worker", () => {
  it("retries the refused first attempt and delivers each event successfully exactly once", async () => {
    const employee = await callHttp(base, {
      method: "POST",
      path: "/employees",
      key,
      body: {
        nameOnCard: "WEBHOOK PERSON",
        nationality: "PH",
        dateOfBirth: "1992-01-02",
        sex: "F",
        employmentStartedOn: "2024-04-01",
        card: { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2029-03-31" },
      },
    });
    const employeeId = (employee.body as { id: string }).id;
    const event = await callHttp(base, {
      method: "POST",
      path: `/employees/${employeeId}/events`,
      key,
      body: { type: "employment_ended", date: "2026-06-30" },
    });
    const dutyId = ((event.body as { duties: { id: string }[] }).duties[0] as { id: string }).id;
    expect(
      (
        await callHttp(base, {
          method: "POST",
          path: `/duties/${dutyId}/confirm`,
          key,
          body: { filedOn: todayInJapan(), channel: "online" },
        })
      ).status,
    ).toBe(200);

    const rows = await owner`select event_key from webhook_deliveries where endpoint_id = ${endpointId}`;
    const events = rows.map((r) => r.event_key as string);
    expect(events).toContain(`duty.confirmed:${dutyId}`);
    expect(events.filter((e) => e.startsWith("duty.created:")).length).toBeGreaterThanOrEqual(2);

    await waitFor(
      () => owner`select status from webhook_deliveries where endpoint_id = ${endpointId}`,
      (r) => r.length === events.length && r.every((x) => x.status === "delivered"),
      100_000,
    );
    for (const eventId of events) {
      const attempts = receiver.received.filter((r) => r.eventId === eventId);
      expect(
        attempts.map((a) => a.answered),
        eventId,
      ).toEqual([500, 200]);
      expect(
        attempts.every((a) => a.isSignatureValid),
        eventId,
      ).toBe(true);
    }
    expect(
      receiver
        .successes()
        .map((r) => r.eventId)
        .sort(),
    ).toEqual([...events].sort());
    const confirmed = JSON.parse(
      receiver.successes().find((r) => r.event === "duty.confirmed")?.body ?? "{}",
    );
    expect(confirmed).toMatchObject({
      type: "duty.confirmed",
      id: `duty.confirmed:${dutyId}`,
      data: { dutyId, employeeId },
    });
  });
});
