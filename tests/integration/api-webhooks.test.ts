import crypto from "node:crypto";
import { Queue, Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queuePrefix, workerRedis } from "@/jobs/connection";
import { deliverWebhookJob, enqueueWebhookDeliveries } from "@/jobs/definitions/deliver-webhook";
import { AppError } from "@/lib/errors";
import { confirmDuty } from "@/lib/services/api/confirm-duty";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/services/webhooks/deliver";
import { listWebhookDeliveries, resendWebhookDelivery } from "@/lib/services/webhooks/deliveries";
import { unsafeFindDeliveriesToSend } from "@/lib/services/webhooks/dispatch";
import { postWebhook } from "@/lib/services/webhooks/http-post";
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  listWebhookEndpoints,
} from "@/lib/services/webhooks/manage-endpoints";
import { signatureHeader, verifyWebhookSignature } from "@/lib/services/webhooks/signing";
import { isAcceptableWebhookUrl } from "@/lib/services/webhooks/url-policy";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { startReceiver, waitFor } from "../helpers/webhook-receiver";

const owner = ownerSql();
// A queue of this test's own, worked in-process with the real job handler and a short backoff.
const queueName = `webhooks-test-${crypto.randomUUID()}`;
const queue = new Queue(queueName, { connection: workerRedis(), prefix: queuePrefix() });
const worker = new Worker(queueName, (job) => deliverWebhookJob.handler(job.data, job), {
  connection: workerRedis(),
  prefix: queuePrefix(),
  concurrency: 3,
});
worker.on("failed", () => {});

let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
beforeAll(async () => {
  a = await makeCompany("Webhook A社");
  b = await makeCompany("Webhook B社");
});
afterAll(async () => {
  await worker.close();
  await queue.close();
  await owner.end();
});

/** The dispatcher's query, restricted to one company so other test files' rows are left alone. */
async function dispatchFor(companyId: string) {
  const rows = (await unsafeFindDeliveriesToSend()).filter((r) => r.companyId === companyId);
  await enqueueWebhookDeliveries(rows, { queue, backoffMs: 20 });
  return rows.length;
}

const deliveryRows = (endpointId: string) =>
  owner`select id, event_type, event_key, status, attempts, last_status_code, last_error from webhook_deliveries where endpoint_id = ${endpointId} order by created_at, event_key`;

/** Two open duties for a fresh employee of `ctx`: a contract end produces the 19-16 notice and the Hello Work report. */
async function dutiesFor(ctx: typeof a) {
  const { id } = await makeEmployee(
    ctx,
    { employmentStartedOn: "2024-04-01" },
    { periodOfStayExpiresOn: "2030-09-30" },
  );
  await recordEvent(ctx, id, { type: "employment_ended", date: "2027-03-31" }, { today: "2027-04-01" });
  return (
    await owner`select id from duties where employee_id = ${id} and trigger = 'employment_ended' order by code`
  ).map((r) => r.id as string);
}

const dutyCount = async (companyId: string) =>
  (await owner`select count(*)::int as n from duties where company_id = ${companyId}`)[0]?.n as number;

describe("signed deliveries through the real job handler", () => {
  it("retries after failures with backoff, and each event is delivered successfully exactly once", async () => {
    let secret = "";
    const receiver = await startReceiver({
      secret: () => secret,
      answer: (attempt) => (attempt <= 2 ? 500 : 204),
    });
    const created = await createWebhookEndpoint(a, {
      url: receiver.url,
      events: ["duty.created", "duty.confirmed"],
    });
    secret = created.secret;
    const before = await dutyCount(a.companyId);
    const [first] = await dutiesFor(a);
    await confirmDuty(a, first ?? "", { filedOn: "2027-04-02", channel: "online" }, "2027-04-05");
    const newDuties = (await dutyCount(a.companyId)) - before;
    expect(newDuties).toBeGreaterThanOrEqual(2);

    const rows = await deliveryRows(created.id);
    // duty.created for every new duty (written in the transaction that created it) and one duty.confirmed.
    expect(rows.filter((r) => r.event_type === "duty.created")).toHaveLength(newDuties);
    expect(rows.filter((r) => r.event_type === "duty.confirmed").map((r) => r.event_key)).toEqual([
      `duty.confirmed:${first}`,
    ]);
    const events = rows.length;
    expect(await dispatchFor(a.companyId)).toBe(events);
    await dispatchFor(a.companyId); // a second dispatch (as the daily sweep would) must not send anything twice
    await waitFor(
      () => deliveryRows(created.id),
      (r) => r.every((row) => row.status === "delivered"),
    );

    const byEvent = new Map<string, typeof receiver.received>();
    for (const r of receiver.received) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
    expect(byEvent.size).toBe(events);
    for (const [eventId, attempts] of byEvent) {
      expect(
        attempts.map((x) => x.answered),
        eventId,
      ).toEqual([500, 500, 204]);
      expect(attempts.every((x) => x.isSignatureValid)).toBe(true);
      expect(new Set(attempts.map((x) => x.deliveryId)).size).toBe(1);
    }
    expect(receiver.successes()).toHaveLength(events);
    for (const row of await deliveryRows(created.id))
      expect([row.attempts, row.last_status_code, row.last_error]).toEqual([3, 204, null]);

    // The body carries ids and the minimum: no name, no email, no card number.
    const confirmed = receiver.successes().find((r) => r.event === "duty.confirmed");
    const body = JSON.parse(confirmed?.body ?? "{}");
    expect(body).toMatchObject({
      type: "duty.confirmed",
      companyId: a.companyId,
      data: { dutyId: first, code: expect.any(String), filedOn: "2027-04-02" },
    });
    expect(confirmed?.body).not.toMatch(/NGUYEN|example\.test|12345678/);
    await receiver.close();
  });

  it("marks a delivery failed after the last attempt; a re-send delivers it once the receiver is back", async () => {
    let secret = "";
    let isDown = true;
    const receiver = await startReceiver({ secret: () => secret, answer: () => (isDown ? 503 : 200) });
    const created = await createWebhookEndpoint(a, { url: receiver.url, events: ["duty.confirmed"] });
    secret = created.secret;
    const [duty] = await dutiesFor(a);
    await confirmDuty(a, duty ?? "", { filedOn: "2027-04-02", channel: "counter" }, "2027-04-05");
    await dispatchFor(a.companyId);
    const [failed] = await waitFor(
      () => deliveryRows(created.id),
      (r) => r[0]?.status === "failed",
    );
    expect([failed?.attempts, failed?.last_status_code, failed?.last_error]).toEqual([
      MAX_DELIVERY_ATTEMPTS,
      503,
      "HTTP 503",
    ]);
    expect(receiver.received).toHaveLength(MAX_DELIVERY_ATTEMPTS);

    const log = await listWebhookDeliveries(a, created.id);
    expect(log.deliveries.map((d) => d.status)).toEqual(["failed"]);
    isDown = false;
    await resendWebhookDelivery(a, failed?.id as string);
    await dispatchFor(a.companyId);
    await waitFor(
      () => deliveryRows(created.id),
      (r) => r[0]?.status === "delivered",
    );
    expect(receiver.successes()).toHaveLength(1);
    await receiver.close();
  });

  it("records a connection failure without data and keeps retrying", async () => {
    const created = await createWebhookEndpoint(b, {
      url: "http://127.0.0.1:1/unreachable",
      events: ["duty.confirmed"],
    });
    const [duty] = await dutiesFor(b);
    await confirmDuty(b, duty ?? "", { filedOn: "2027-04-02", channel: "post" }, "2027-04-05");
    await dispatchFor(b.companyId);
    const [row] = await waitFor(
      () => deliveryRows(created.id),
      (r) => r[0]?.status === "failed",
    );
    expect(row?.last_error).toBe("ECONNREFUSED");
    await disableWebhookEndpoint(b, created.id);
  });
});

describe("signatures", () => {
  const secret = "whsec_test";
  const body = JSON.stringify({ type: "duty.created", id: "duty.created:x" });
  it("verify over the raw body, refuse a tampered body, another secret and an old timestamp (replay)", () => {
    const now = Date.now();
    const header = signatureHeader(secret, body, Math.floor(now / 1000));
    expect(verifyWebhookSignature(header, body, secret, { now })).toEqual({ isValid: true });
    expect(verifyWebhookSignature(header, body.replace("x", "y"), secret, { now }).reason).toBe("mismatch");
    expect(verifyWebhookSignature(header, body, "whsec_other", { now }).reason).toBe("mismatch");
    expect(verifyWebhookSignature(header, body, secret, { now: now + 301_000 }).reason).toBe("too_old");
    expect(verifyWebhookSignature("t=1,v1=zz", body, secret).reason).toBe("malformed");
    expect(verifyWebhookSignature(null, body, secret).reason).toBe("malformed");
  });
});

describe("where webhooks may go", () => {
  it("public https only in production; local http only in development and test", () => {
    expect(isAcceptableWebhookUrl("https://hr.example.com/hooks", false)).toBe(true);
    for (const url of [
      "http://hr.example.com/hooks",
      "https://localhost/x",
      "https://10.0.0.5/x",
      "https://192.168.1.1/x",
      "https://[::1]/x",
      "https://169.254.169.254/latest",
      "https://user:pw@hr.example.com/",
      "ftp://hr.example.com",
      "https://intranet/x",
      "not a url",
    ])
      expect(isAcceptableWebhookUrl(url, false), url).toBe(false);
    expect(isAcceptableWebhookUrl("http://127.0.0.1:8080/x", true)).toBe(true);
    expect(isAcceptableWebhookUrl("http://localhost:8080/x", false)).toBe(false);
  });

  it("refuses at connect time a name that resolves to a private address", async () => {
    await expect(postWebhook("http://localhost:9/x", "{}", {}, { allowLocal: false })).rejects.toThrow(
      /private address/,
    );
  });

  it("the endpoint form names the field and the rule", async () => {
    const error = await createWebhookEndpoint(a, { url: "http://hr.example.com/hooks", events: [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((i) => i.field)).toEqual(["events"]);
    const url = await createWebhookEndpoint(a, {
      url: "ftp://hr.example.com/hooks",
      events: ["duty.created"],
    }).catch((e: unknown) => e);
    expect((url as AppError).issues).toEqual([
      { field: "url", rule: "https_url", message: "Endpoint URL: must be a public https:// URL" },
    ]);
  });
});

describe("company B against company A's webhooks", () => {
  it("cannot list, read the log of, re-send or disable A's endpoint or deliveries", async () => {
    const created = await createWebhookEndpoint(a, {
      url: "https://hr.example.com/a",
      events: ["duty.created"],
    });
    const [duty] = await dutiesFor(a);
    expect(duty).toBeDefined();
    const [delivery] = await deliveryRows(created.id);
    const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
    expect((await listWebhookEndpoints(b)).map((e) => e.id)).not.toContain(created.id);
    await expect(listWebhookDeliveries(b, created.id)).rejects.toSatisfy(isNotFound);
    await expect(resendWebhookDelivery(b, delivery?.id as string)).rejects.toSatisfy(isNotFound);
    await expect(disableWebhookEndpoint(b, created.id)).rejects.toSatisfy(isNotFound);
    const [still] = await owner`select disabled_at from webhook_endpoints where id = ${created.id}`;
    expect(still?.disabled_at).toBeNull();
    await disableWebhookEndpoint(a, created.id);
  });

  it("the secret is stored encrypted, never in clear", async () => {
    const created = await createWebhookEndpoint(a, {
      url: "https://hr.example.com/secret-check",
      events: ["duty.created"],
    });
    const [row] = await owner`select secret_encrypted from webhook_endpoints where id = ${created.id}`;
    expect(row?.secret_encrypted).toMatch(/^v1\./);
    expect(row?.secret_encrypted).not.toContain(created.secret.slice(6));
    await disableWebhookEndpoint(a, created.id);
  });
});
