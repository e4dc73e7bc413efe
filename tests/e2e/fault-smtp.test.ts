import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { stopProcess } from "../helpers/fault/processes";
import { outboxStatus, seedDueReminders, until } from "../helpers/fault/reminders";
import { type FaultStack, startFaultStack } from "../helpers/fault/stack";

/**
 * The SMTP server first does not answer at all (no greeting: the worker's own timeouts must fire), then
 * refuses every message (451, try later), then recovers. The real worker process retries with its
 * production backoff; every reminder must end up delivered exactly once, none marked failed, and the
 * worker's log must carry no address.
 */
const COUNT = 50;
let stack: FaultStack;
let owner: ReturnType<typeof ownerSql>;
let ids: string[] = [];

beforeAll(async () => {
  stack = await startFaultStack("smtp");
  owner = ownerSql();
  const company = await makeCompany("障害SMTP株式会社");
  ids = await seedDueReminders(owner, company.companyId, COUNT, todayInJapan());
}, 180_000);
afterAll(async () => {
  await owner?.end();
  await stack?.stop();
});

describe("the SMTP server times out, then refuses for a while, then recovers", () => {
  it("every reminder is delivered exactly once after retries, none is marked failed, no address is logged", async () => {
    stack.smtp.mode = "hang";
    const worker = await stack.startWorker();
    // The first sends wait for a greeting that never comes, until the worker's greeting timeout.
    await until(() => stack.smtp.hung >= 3, "sends hanging on a silent server", 180_000, 100);
    await until(
      () => worker.lines.some((l) => /send-notifications .* failed/.test(l)),
      "a hung send given up by its timeout",
      120_000,
      200,
    );
    stack.smtp.mode = "refuse";
    await until(() => stack.smtp.refused >= COUNT - 5, "the other first attempts refused", 180_000, 100);
    // Each attempt gave its row back for the next one; nothing went out, nothing was marked failed.
    await until(
      async () => (await outboxStatus(owner, ids)).pending === COUNT,
      "every row pending again",
      60_000,
      200,
      () => outboxStatus(owner, ids),
    );
    stack.smtp.mode = "accept";

    await until(
      async () => (await outboxStatus(owner, ids)).sent === COUNT,
      "every reminder sent",
      420_000,
      1000,
      () => outboxStatus(owner, ids),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const counts = stack.smtp.countsById();
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    const rows = await owner<{ attempts: number; last_error: string | null; message_id: string | null }[]>`
      select attempts, last_error, message_id from notifications where id = any(${ids})`;
    expect(rows.every((r) => r.attempts >= 2 && r.last_error === null && r.message_id)).toBe(true);
    // The hung attempts failed on the worker's own timeouts, and were retried, not dropped.
    expect(
      worker.lines.some((l) => /send-notifications .* failed .*(greeting|timeout|ETIMEDOUT)/i.test(l)),
      worker.lines.slice(-10).join("\n"),
    ).toBe(true);
    expect(worker.lines.filter((l) => /@example\.test/.test(l))).toEqual([]);
    expect((await stopProcess(worker)).code).toBe(0);
  }, 720_000);
});
