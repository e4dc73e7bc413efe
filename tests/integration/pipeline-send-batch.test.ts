import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db/tenant";
import { batchesOf, enqueueNotifications } from "@/jobs/producers";
import { notificationBatchJobId } from "@/jobs/queues";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { unsafeRecordSent } from "@/lib/services/pipeline/send/attempt";
import { holdClaims } from "@/lib/services/pipeline/send/hold-claims";
import { busyNotifications, claimNotifications } from "@/lib/services/pipeline/send/load-notification";
import { unsafeSelectDueRows } from "@/lib/services/pipeline/sweep/due-rows";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { type makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { startSendHarness } from "../helpers/pipeline";
import { type notificationWorker, until } from "../helpers/queue";
import type { TestSmtp } from "../helpers/smtp";

// Batched sends (lib/services/pipeline/send/send-notifications.ts): one job per batch of one company's
// reminders, with its own SMTP server and a real BullMQ worker running the real job definition.
const owner = ownerSql();
let smtp: TestSmtp;
let a: Awaited<ReturnType<typeof makeCompany>>;
let runner: ReturnType<typeof notificationWorker>;

let stopHarness: () => Promise<void>;

beforeAll(async () => {
  ({ smtp, company: a, runner, stop: stopHarness } = await startSendHarness("一括送信テスト株式会社"));
});
afterAll(async () => {
  await stopHarness();
  await owner.end();
});

/** `n` employees who moved house on `day`: one 'created' reminder each, due that day. */
async function movedHouse(n: number, day: string) {
  const people: { id: string; email: string }[] = [];
  for (let i = 0; i < n; i++) {
    const email = `batch-${crypto.randomUUID()}@example.test`;
    const { id } = await makeEmployee(
      a,
      { email, preferredLanguage: "en" },
      { periodOfStayExpiresOn: "2030-09-30" },
    );
    await recordEvent(a, id, { type: "moved_house", date: day }, { today: day });
    people.push({ id, email });
  }
  const rows = await owner<{ id: string; employee_id: string }[]>`
    select id, employee_id from notifications where employee_id = any(${people.map((p) => p.id)}) and send_on = ${day}`;
  expect(rows).toHaveLength(n);
  return { people, rows };
}
const receivedCount = (id: string) =>
  smtp.received.filter((m) => String(m.headers.get("x-zairyu-notification") ?? "") === id).length;

describe("a batch of one company's reminders", () => {
  it("is one job; an email refused inside it is retried alone, its batch-mates are sent once", async () => {
    const { people, rows } = await movedHouse(3, "2027-08-02");
    const refused = people[0];
    smtp.refusedRecipients.add(refused?.email ?? "");
    await runNotificationSweep({
      today: "2027-08-02",
      enqueue: (due) =>
        enqueueNotifications(
          due.filter((r) => r.companyId === a.companyId),
          { queue: runner.queue, backoffMs: 100 },
        ),
    });
    const refusedRow = rows.find((r) => r.employee_id === refused?.id);
    const mates = rows.filter((r) => r !== refusedRow).map((r) => r.id);
    await until(async () => smtp.refused >= 3); // the refused one, tried at least three times
    const [midway] = await owner<{ status: string; attempts: number; last_error: string | null }[]>`
      select status, attempts, last_error from notifications where id = ${refusedRow?.id ?? ""}`;
    expect(midway?.status).not.toBe("sent");
    expect(midway?.attempts).toBeGreaterThanOrEqual(2);
    expect(mates.map(receivedCount)).toEqual([1, 1]);

    smtp.refusedRecipients.clear();
    await until(
      async () =>
        (
          await owner`select count(*)::int as n from notifications where id = any(${rows.map((r) => r.id)}) and status = 'sent'`
        )[0]?.n === 3,
    );
    expect(rows.map((r) => receivedCount(r.id))).toEqual([1, 1, 1]);
    const stored = await owner<{ id: string; attempts: number }[]>`
      select id, attempts from notifications where id = any(${mates})`;
    expect(stored.map((r) => r.attempts)).toEqual([1, 1]); // never claimed again
    // One job carried all three (and the company's digest, if the sweep wrote one), under the id its
    // batch always gets, and it was retried.
    const jobs = (await runner.queue.getJobs(["completed", "failed", "delayed", "waiting", "active"])).filter(
      (j) => j?.data.notificationIds.includes(refusedRow?.id),
    );
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job?.id).toBe(notificationBatchJobId(job?.data.notificationIds ?? []));
    expect(rows.every((r) => job?.data.notificationIds.includes(r.id))).toBe(true);
    expect(job?.attemptsMade).toBeGreaterThanOrEqual(2);
  });

  it("is held while it sends: other attempts pass its rows by (even after the lock grace), and each send is recorded without waiting", async () => {
    const { rows } = await movedHouse(2, "2027-08-03");
    const ids = rows.map((r) => r.id);
    const claimed = await withTenant(a, (tx) => claimNotifications(tx, a.companyId, ids));
    expect(claimed).toHaveLength(2);
    const claims = claimed.map((r) => ({
      companyId: a.companyId,
      id: r.id,
      claim: r.attempts,
      tokenId: null,
    }));
    const hold = await holdClaims(a.companyId, claims);
    expect(hold.owned.map((c) => c.id).sort()).toEqual([...ids].sort());
    // As if the batch had been sending for a while: past the lock grace (10 s), only the hold says it is
    // alive. (A claim from before PostgreSQL's start would wait for the long timeout instead: not this case.)
    await until(
      async () =>
        (
          await owner<
            { ok: boolean }[]
          >`select now() - pg_postmaster_start_time() > interval '12 seconds' as ok`
        )[0]?.ok === true,
    );
    await owner`update notifications set claimed_at = now() - interval '11 seconds' where id = any(${ids})`;
    expect(await withTenant(a, (tx) => claimNotifications(tx, a.companyId, ids))).toEqual([]);
    expect((await withTenant(a, (tx) => busyNotifications(tx, a.companyId, ids))).sort()).toEqual(
      [...ids].sort(),
    );
    const { due } = await unsafeSelectDueRows("2027-08-03");
    expect(due.filter((r) => ids.includes(r.id))).toEqual([]);

    // The SMTP server took the first: its record commits at once, under the hold (FOR KEY SHARE does not
    // block a plain UPDATE). Were it blocked, this would wait for the hold to end: fail instead.
    const [first, second] = claims;
    if (!first || !second) throw new Error("two claims expected");
    const recorded = await Promise.race([
      unsafeRecordSent(first, "<test@zairyu.localhost>"),
      new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 10_000)),
    ]);
    expect(recorded).toBe(true);
    await hold.end(async () => {});

    // The hold is gone and the second was never recorded (its sender died): claimable again, as a new claim.
    const again = await withTenant(a, (tx) => claimNotifications(tx, a.companyId, ids));
    expect(again.map((r) => [r.id, r.attempts])).toEqual([[second.id, 2]]);
    const [firstRow] = await owner<
      { status: string }[]
    >`select status from notifications where id = ${first.id}`;
    expect(firstRow?.status).toBe("sent");
    // The first attempt's claim is no longer the row's: its late record changes nothing.
    expect(await unsafeRecordSent(second, "<late@zairyu.localhost>")).toBe(false);
  });

  it("records accepted emails together: one flush keys each row by its own company, id and claim", async () => {
    const { rows } = await movedHouse(3, "2027-08-05");
    const ids = rows.map((r) => r.id);
    const claimed = await withTenant(a, (tx) => claimNotifications(tx, a.companyId, ids));
    const claims = claimed.map((r) => ({
      companyId: a.companyId,
      id: r.id,
      claim: r.attempts,
      tokenId: null,
    }));
    const [mine, stale, foreign] = claims;
    if (!mine || !stale || !foreign) throw new Error("three claims expected");
    // Issued in the same tick, so they share flushes: a stale claim number and another company's id
    // (this row's id under a company that does not own it) must not be recorded by a batch-mate's flush.
    const results = await Promise.all([
      unsafeRecordSent(mine, "<mine@zairyu.localhost>"),
      unsafeRecordSent({ ...stale, claim: stale.claim - 1 }, "<stale@zairyu.localhost>"),
      unsafeRecordSent({ ...foreign, companyId: crypto.randomUUID() }, "<foreign@zairyu.localhost>"),
    ]);
    expect(results).toEqual([true, false, false]);
    const states = await owner<{ id: string; status: string; message_id: string | null }[]>`
      select id, status, message_id from notifications where id = any(${ids})`;
    const byId = new Map(states.map((r) => [r.id, r]));
    expect(byId.get(mine.id)).toMatchObject({ status: "sent", message_id: "<mine@zairyu.localhost>" });
    expect(byId.get(stale.id)).toMatchObject({ status: "sending", message_id: null });
    expect(byId.get(foreign.id)).toMatchObject({ status: "sending", message_id: null });
    await owner`update notifications set status = 'cancelled' where id = any(${ids})`;
  });

  it("the minute poll leaves a failed row to its job's retry; the daily sweep still finds it", async () => {
    const { rows } = await movedHouse(1, "2027-08-04");
    const id = rows[0]?.id ?? "";
    await owner`update notifications set attempts = 1, last_error = '451 try again later' where id = ${id}`;
    const polled = await unsafeSelectDueRows("2027-08-04", { isRetryLeftToJob: true });
    expect(polled.due.some((r) => r.id === id)).toBe(false);
    const swept = await unsafeSelectDueRows("2027-08-04");
    expect(swept.due.some((r) => r.id === id)).toBe(true);
    // Restored after a cancel (its error cleared): an ordinary due row again.
    await owner`update notifications set last_error = null where id = ${id}`;
    const restored = await unsafeSelectDueRows("2027-08-04", { isRetryLeftToJob: true });
    expect(restored.due.some((r) => r.id === id)).toBe(true);
  });

  it("batches by company, ids sorted, at most the batch size: the same rows always make the same jobs", () => {
    const c1 = crypto.randomUUID();
    const c2 = crypto.randomUUID();
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: crypto.randomUUID(),
      companyId: i % 3 === 0 ? c2 : c1,
    }));
    const batches = batchesOf(rows, 2);
    expect(batches.map((b) => b.length).sort()).toEqual([1, 2, 2, 2]);
    for (const batch of batches) {
      expect(new Set(batch.map((r) => r.companyId)).size).toBe(1);
      expect(batch.map((r) => r.id)).toEqual(batch.map((r) => r.id).sort());
    }
    const shuffled = batchesOf([...rows].reverse(), 2).map((b) => notificationBatchJobId(b.map((r) => r.id)));
    expect(shuffled.sort()).toEqual(batches.map((b) => notificationBatchJobId(b.map((r) => r.id))).sort());
  });
});
