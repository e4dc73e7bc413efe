import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany, makeEmployee, TEST_PASSWORD } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { signInOverHttp } from "../helpers/fault/prober";
import { stopProcess } from "../helpers/fault/processes";
import { outboxStatus, seedDueReminders, until } from "../helpers/fault/reminders";
import { type FaultStack, startFaultStack } from "../helpers/fault/stack";

/**
 * SIGTERM, as a deploy or an orchestrator sends it, to each process while it is busy. The web app must
 * finish the requests it has accepted (and only refuse new connections); the worker must finish the
 * sends it started and leave nothing half-done, so that a restart completes the batch exactly once.
 */
let stack: FaultStack;
let owner: ReturnType<typeof ownerSql>;
let company: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  stack = await startFaultStack("shutdown");
  owner = ownerSql();
  company = await makeCompany("停止テスト株式会社");
  for (let i = 0; i < 20; i++)
    await makeEmployee(company, { nameOnCard: `SHUTDOWN PERSON ${"ABCDEFGHIJKLMNOPQRST"[i]}` });
}, 180_000);
afterAll(async () => {
  await owner?.end();
  await stack?.stop();
});

type Outcome = { startedAt: number; endedAt: number; status?: number; error?: string };

/** One GET on a fresh connection (no keep-alive), so each request either was accepted or was refused. */
function get(url: string, cookie: string): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, headers: { cookie, connection: "close" } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ startedAt, endedAt: Date.now(), status: response.statusCode }));
      response.on("error", (error: NodeJS.ErrnoException) =>
        resolve({ startedAt, endedAt: Date.now(), error: error.code ?? error.message }),
      );
    });
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ startedAt, endedAt: Date.now(), error: error.code ?? error.message }),
    );
  });
}

describe("graceful shutdown under load", () => {
  it("web: SIGTERM while 30 HR users load pages: every accepted request completes with 200, then it exits", async () => {
    const web = await stack.startWeb();
    const base = (stack.env.APP_URL ?? "").replace("localhost", "127.0.0.1");
    const cookie = await signInOverHttp(stack.env.APP_URL ?? "", company.email, TEST_PASSWORD);
    const outcomes: Outcome[] = [];
    let isLoading = true;
    const users = Array.from({ length: 30 }, async (_, i) => {
      while (isLoading) {
        const outcome = await get(`${base}${i % 2 ? "/dashboard" : "/employees"}`, cookie);
        outcomes.push(outcome);
        if (outcome.error === "ECONNREFUSED") await new Promise((r) => setTimeout(r, 50));
      }
    });
    await until(
      () => outcomes.filter((o) => o.status === 200).length >= 60,
      "the app under load",
      120_000,
      100,
    );
    const sigterm = Date.now();
    const exited = stopProcess(web, "SIGTERM");
    const { code, signal } = await exited;
    isLoading = false;
    await Promise.all(users);

    const inFlight = outcomes.filter((o) => o.startedAt < sigterm && o.endedAt > sigterm);
    // Started well before the signal (accepted, not still in the listen backlog): must have completed.
    const accepted = outcomes.filter((o) => o.startedAt < sigterm - 1000);
    const summary = JSON.stringify({
      inFlight: inFlight.length,
      code,
      signal,
      errors: [...new Set(outcomes.map((o) => o.error).filter(Boolean))],
    });
    expect(inFlight.filter((o) => o.status === 200).length, summary).toBeGreaterThan(0);
    expect(
      accepted.filter((o) => o.status !== 200),
      summary,
    ).toEqual([]);
    expect(
      outcomes.filter((o) => o.status !== undefined && o.status !== 200),
      summary,
    ).toEqual([]);
    expect(
      outcomes.filter((o) => o.error && o.error !== "ECONNREFUSED" && o.startedAt < sigterm - 1000),
      summary,
    ).toEqual([]);
    expect(signal, summary).toBeNull(); // it left by itself, not by the SIGKILL stopProcess sends after 60 s
  }, 300_000);

  it("worker: SIGTERM mid-batch finishes the sends in progress (none left half-done); a restart completes the batch exactly once", async () => {
    const ids = await seedDueReminders(owner, company.companyId, 600, todayInJapan());
    const worker = await stack.startWorker();
    const mine = () => stack.smtp.deliveries.filter((d) => ids.includes(d.notificationId)).length;
    await until(() => mine() >= 200, "200 of the batch sent", 300_000, 20);
    const { code, signal } = await stopProcess(worker, "SIGTERM");
    expect([code, signal]).toEqual([0, null]);

    // Nothing half-done: no row claimed and left, and what the SMTP server took is exactly what is recorded.
    const atStop = await outboxStatus(owner, ids);
    expect(atStop.sending ?? 0).toBe(0);
    const sent = new Set(
      (
        await owner<{ id: string }[]>`select id from notifications where id = any(${ids}) and status = 'sent'`
      ).map((r) => r.id),
    );
    const delivered = new Set(
      stack.smtp.deliveries.map((d) => d.notificationId).filter((id) => ids.includes(id)),
    );
    expect([...delivered].filter((id) => !sent.has(id))).toEqual([]);
    expect([...sent].filter((id) => !delivered.has(id))).toEqual([]);
    expect(sent.size).toBeLessThan(ids.length);

    const again = await stack.startWorker("worker-2");
    await until(
      async () => (await outboxStatus(owner, ids)).sent === ids.length,
      "every row sent",
      300_000,
      1000,
      () => outboxStatus(owner, ids),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const counts = stack.smtp.countsById();
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect((await stopProcess(again)).code).toBe(0);
  }, 600_000);
});
