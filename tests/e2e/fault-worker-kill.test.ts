import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { UNRECORDED_LIMIT } from "@/lib/services/pipeline/send/send-slots";
import { makeCompany } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { stopProcess } from "../helpers/fault/processes";
import { dutiesFingerprint, outboxStatus, seedDueReminders, until } from "../helpers/fault/reminders";
import { type FaultStack, startFaultStack } from "../helpers/fault/stack";

/**
 * The worker process is killed with SIGKILL (no shutdown hook runs: a crash, an OOM kill) in the middle
 * of a batch of 5,000 reminders, then started again. Every reminder must reach its recipient, and none
 * twice — with one exception no system can avoid: a message the SMTP server took in the instant between
 * its "250 OK" and our recording it. The test identifies those from what the server had received when
 * the process died, and requires that they are at most the emails the send path lets be unrecorded at once
 * (UNRECORDED_LIMIT: in flight, or accepted and awaiting their group commit), and carry the same
 * Message-ID both times (so the recipient's mail system sees one message).
 */
const COUNT = 5000;
let stack: FaultStack;
let owner: ReturnType<typeof ownerSql>;
let ids: string[] = [];
let companyId = "";

beforeAll(async () => {
  stack = await startFaultStack("worker-kill");
  owner = ownerSql();
  const company = await makeCompany("障害SIGKILL株式会社");
  companyId = company.companyId;
  ids = await seedDueReminders(owner, companyId, COUNT, todayInJapan());
}, 180_000);
afterAll(async () => {
  await owner?.end();
  await stack?.stop();
});

describe("the worker is SIGKILLed mid-batch of 5,000 reminders and restarted", () => {
  it("delivers every reminder exactly once (the unavoidable SMTP window aside), duties intact", async () => {
    const duties = await dutiesFingerprint(owner, companyId);
    const first = await stack.startWorker("worker-1");
    await until(() => stack.smtp.deliveries.length >= 1500, "1,500 emails sent before the kill", 300_000, 20);
    first.signal("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");

    // The dead process can change nothing now: what was claimed but not recorded, and what the SMTP
    // server had already taken of it, is fixed.
    const delivered = new Set(stack.smtp.deliveries.map((d) => d.notificationId));
    const claimed = (
      await owner<
        { id: string }[]
      >`select id from notifications where id = any(${ids}) and status = 'sending'`
    ).map((r) => r.id);
    const inWindow = claimed.filter((id) => delivered.has(id));
    const atKill = { delivered: delivered.size, ...(await outboxStatus(owner, ids)) };
    expect(atKill.delivered, JSON.stringify(atKill)).toBeLessThan(COUNT);

    const second = await stack.startWorker("worker-2");
    await until(
      async () => (await outboxStatus(owner, ids)).sent === COUNT,
      "every row recorded as sent",
      600_000,
      1000,
      () => outboxStatus(owner, ids),
    );
    await new Promise((r) => setTimeout(r, 2000)); // anything still in flight would land now

    const counts = stack.smtp.countsById();
    const missing = ids.filter((id) => !counts.has(id));
    const twice = ids.filter((id) => (counts.get(id) ?? 0) > 1);
    const report = JSON.stringify({
      atKill,
      claimed: claimed.length,
      inWindow: inWindow.length,
      twice: twice.length,
    });
    expect(missing, report).toEqual([]);
    expect(
      twice.filter((id) => !inWindow.includes(id)),
      report,
    ).toEqual([]);
    // The bound the send path promises (./send-slots.ts): emails from the start of their SMTP
    // conversation until their group-committed record — the five in flight and the five before them.
    expect(inWindow.length, report).toBeLessThanOrEqual(UNRECORDED_LIMIT);
    for (const id of twice) {
      const messageIds = new Set(
        stack.smtp.deliveries.filter((d) => d.notificationId === id).map((d) => d.messageId),
      );
      expect(messageIds.size, `${id}: one Message-ID for both copies`).toBe(1);
    }
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(await outboxStatus(owner, ids)).toEqual({ sent: COUNT });
    expect(await dutiesFingerprint(owner, companyId)).toBe(duties);
    console.log(`[fault] SIGKILL mid-batch: ${report}`);

    expect((await stopProcess(second, "SIGTERM")).code).toBe(0);
  }, 900_000);
});
