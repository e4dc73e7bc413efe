import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotifications } from "@/jobs/producers";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { type makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { startSendHarness } from "../helpers/pipeline";
import { type notificationWorker, until } from "../helpers/queue";
import type { TestSmtp } from "../helpers/smtp";

// This file sends through its own SMTP server (which refuses for a while) and a real BullMQ worker.
const owner = ownerSql();
let smtp: TestSmtp;
let a: Awaited<ReturnType<typeof makeCompany>>;
let runner: ReturnType<typeof notificationWorker>;

let stopHarness: () => Promise<void>;

beforeAll(async () => {
  ({
    smtp,
    company: a,
    runner,
    stop: stopHarness,
  } = await startSendHarness("再送テスト株式会社", { isRefusing: true }));
});
afterAll(async () => {
  await stopHarness();
  await owner.end();
});

const sweep = (today: string, opts: { attempts?: number } = {}) =>
  runNotificationSweep({
    today,
    enqueue: (rows) =>
      enqueueNotifications(
        rows.filter((r) => r.companyId === a.companyId),
        { queue: runner.queue, backoffMs: 100, ...opts },
      ),
  });
const headerOf = (m: TestSmtp["received"][number]) => String(m.headers.get("x-zairyu-notification") ?? "");

describe("an SMTP server that refuses for a while", () => {
  it("ends with every email delivered exactly once, after retries with backoff", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await makeEmployee(
        a,
        { email: `emp-${crypto.randomUUID()}@example.test`, preferredLanguage: "ja" },
        { periodOfStayExpiresOn: "2030-09-30" },
      );
      await recordEvent(a, id, { type: "moved_house", date: "2027-07-01" }, { today: "2027-07-01" });
      ids.push(id);
    }
    const rows =
      await owner`select id from notifications where employee_id = any(${ids}) and send_on = '2027-07-01'`;
    expect(rows).toHaveLength(3);
    await sweep("2027-07-01");
    await until(async () => smtp.refused >= 6); // every row has failed at least twice
    const [midway] =
      await owner`select count(*)::int as n from notifications where employee_id = any(${ids}) and status = 'sent'`;
    expect(midway?.n).toBe(0);

    smtp.isRefusing = false;
    await until(
      async () =>
        (
          await owner`select count(*)::int as n from notifications where employee_id = any(${ids}) and status = 'sent'`
        )[0]?.n === 3,
    );
    await sweep("2027-07-01"); // a later sweep finds nothing left to send
    await new Promise((r) => setTimeout(r, 500));

    const delivered = smtp.received.map(headerOf).filter((h) => rows.some((r) => r.id === h));
    expect(delivered.sort()).toEqual(rows.map((r) => r.id).sort());
    const attempts =
      await owner`select attempts, message_id, last_error from notifications where id = any(${rows.map((r) => r.id)})`;
    for (const row of attempts) {
      expect(row.attempts).toBeGreaterThanOrEqual(3);
      expect(row.message_id).toBeTruthy();
      expect(row.last_error).toBeNull();
    }
  });

  it("after the last attempt the row is marked failed (HR sees it), the error keeps no address, the link is revoked", async () => {
    smtp.isRefusing = true;
    const email = `emp-${crypto.randomUUID()}@example.test`;
    const { id } = await makeEmployee(a, { email }, { periodOfStayExpiresOn: "2030-09-30" });
    await recordEvent(a, id, { type: "card_lost", date: "2027-07-02" }, { today: "2027-07-02" });
    await sweep("2027-07-02", { attempts: 2 });
    await until(
      async () =>
        (await owner`select status from notifications where employee_id = ${id} and kind = 'created'`)[0]
          ?.status === "failed",
    );
    const [row] =
      await owner`select attempts, last_error, sent_at from notifications where employee_id = ${id} and kind = 'created'`;
    expect(row?.attempts).toBe(2);
    expect(row?.sent_at).toBeNull();
    expect(row?.last_error).toContain("451");
    expect(row?.last_error).not.toContain(email);
    const tokens = await owner`select revoked_at from employee_tokens where employee_id = ${id}`;
    expect(tokens.length).toBe(2);
    for (const t of tokens) expect(t.revoked_at).not.toBeNull();
    smtp.isRefusing = false;
  });
});
