import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany, makeEmployee, TEST_PASSWORD } from "../factories/company";
import { makeApiKey } from "../helpers/api";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { type Answer, signInOverHttp, startProber, summarise } from "../helpers/fault/prober";
import { type AppProcess, stopProcess } from "../helpers/fault/processes";
import { dutiesFingerprint, outboxStatus, seedDueReminders, until } from "../helpers/fault/reminders";
import { type FaultStack, startFaultStack } from "../helpers/fault/stack";

/**
 * Redis is killed (SIGKILL) and comes back empty — queues, schedulers and rate-limit windows gone —
 * first while HR records events, then while the worker sends a batch. Recording must not need Redis
 * (the outbox is PostgreSQL), the web app must answer throughout (pages that need Redis say so, never
 * a 500), and once Redis is back every reminder must go out exactly once.
 */
const QUEUES_DOWN = /キューサーバーに接続できません|The queue server cannot be reached/;
let stack: FaultStack;
let owner: ReturnType<typeof ownerSql>;
let browser: Browser;
let worker: AppProcess;
let company: Awaited<ReturnType<typeof makeCompany>>;
let apiKey = "";
let cookie = "";
let people: string[] = [];

beforeAll(async () => {
  stack = await startFaultStack("redis");
  owner = ownerSql();
  company = await makeCompany("障害Redis株式会社");
  apiKey = await makeApiKey(company);
  people = [];
  for (let i = 0; i < 3; i++)
    people.push(
      (
        await makeEmployee(
          company,
          { email: `redis-${i}-${Date.now()}@example.test` },
          { periodOfStayExpiresOn: "2031-09-30" },
        )
      ).id,
    );
  await stack.startWeb();
  worker = await stack.startWorker();
  cookie = await signInOverHttp(stack.env.APP_URL ?? "", company.email, TEST_PASSWORD);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await owner?.end();
  await stack?.stop();
});

function targets() {
  const session = { cookie };
  return [
    { name: "health", path: "/api/health" },
    { name: "ready", path: "/api/health?ready=1" },
    { name: "dashboard", path: "/dashboard", headers: session },
    { name: "employees", path: "/employees", headers: session },
    { name: "events page", path: `/employees/${people[0]}/events`, headers: session },
    { name: "queues page", path: "/ops/queues", headers: session },
    { name: "API list", path: "/api/v1/employees", headers: { authorization: `Bearer ${apiKey}` } },
  ];
}

/** Every probe answered, and no page failed: readiness alone may say 503 (that is its job). */
function expectAnsweredThroughout(answers: readonly Answer[]) {
  const bad = answers.filter((a) => a.status === null || (a.status >= 500 && a.name !== "ready"));
  expect(
    bad.map((a) => `${a.name}: ${a.status ?? a.error}`),
    summarise(answers),
  ).toEqual([]);
  expect(
    answers.filter((a) => a.name !== "ready" && a.name !== "health").every((a) => a.status === 200),
    summarise(answers),
  ).toBe(true);
}

describe("Redis killed while HR records events", () => {
  it("recording succeeds, every page answers (the queues page says Redis is away), and afterwards each email goes out once", async () => {
    const base = stack.env.APP_URL ?? "";
    const prober = startProber(base, targets());
    await new Promise((r) => setTimeout(r, 1500));
    const down = Date.now();
    await stack.redis.kill();

    const today = todayInJapan();
    for (const [id, type] of [
      [people[0], "moved_house"],
      [people[1], "employment_ended"],
    ] as const) {
      const response = await fetch(`${base}/api/v1/employees/${id}/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({ type, date: today }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    // The third through the HR page in a real browser: the server action, its session check and all.
    const context = await browser.newContext({ locale: "ja-JP" });
    await context.addCookies(
      cookie.split("; ").map((pair) => ({
        name: pair.slice(0, pair.indexOf("=")),
        value: pair.slice(pair.indexOf("=") + 1),
        url: base,
      })),
    );
    const page = await context.newPage();
    await page.goto(`${base}/employees/${people[2]}/events`);
    await page.locator("#f-type").selectOption("card_lost");
    await page.locator("#f-date").fill(today);
    await page.getByRole("button", { name: "記録する" }).click();
    await page.getByRole("status").filter({ hasText: "保存しました" }).waitFor();
    await context.close();

    const queues = await fetch(`${base}/ops/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    expect(await queues.text()).toMatch(QUEUES_DOWN);
    const ready = await fetch(`${base}/api/health?ready=1`);
    expect([ready.status, await ready.json()]).toEqual([503, { ok: false, database: true, redis: false }]);
    const pending = (
      await owner<
        { id: string }[]
      >`select id from notifications where employee_id = any(${people}) and send_on <= ${today} and status = 'pending'`
    ).map((r) => r.id);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 2000));

    const up = Date.now();
    await stack.redis.start();
    await until(
      async () => (await outboxStatus(owner, pending)).sent === pending.length,
      "every reminder sent once Redis is back",
      180_000,
      500,
      () => outboxStatus(owner, pending),
    );
    await until(
      async () => (await fetch(`${base}/api/health?ready=1`)).status === 200,
      "ready again",
      30_000,
    );
    const answers = await prober.stop();
    expect(prober.between(down, up).length).toBeGreaterThan(targets().length * 3); // really probed during the outage
    expectAnsweredThroughout(answers);
    const counts = stack.smtp.countsById();
    expect(pending.map((id) => counts.get(id) ?? 0)).toEqual(pending.map(() => 1));
    expect(worker.lines.some((l) => /Redis is back/.test(l))).toBe(true);
  }, 420_000);
});

describe("Redis killed while the worker sends a batch", () => {
  it("once it is back (empty), every reminder goes out exactly once and every duty is intact", async () => {
    if (!stack.redis.isUp()) await stack.redis.start(); // the test above failed half-way
    const ids = await seedDueReminders(owner, company.companyId, 600, todayInJapan());
    const duties = await dutiesFingerprint(owner, company.companyId);
    // A fresh worker picks the batch up at once (its start-up sweep) instead of at the next minute's poll.
    await stopProcess(worker);
    worker = await stack.startWorker("worker-2");
    const mine = () => stack.smtp.deliveries.filter((d) => ids.includes(d.notificationId)).length;
    await until(() => mine() >= 150, "150 of the batch sent", 300_000, 20);
    await stack.redis.kill();
    const atKill = mine();
    await new Promise((r) => setTimeout(r, 3000));
    await stack.redis.start();
    await until(
      async () => (await outboxStatus(owner, ids)).sent === ids.length,
      "every row sent",
      300_000,
      1000,
      () => outboxStatus(owner, ids),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const counts = stack.smtp.countsById();
    expect(atKill).toBeLessThan(ids.length);
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect(await dutiesFingerprint(owner, company.companyId)).toBe(duties);
    expect((await stopProcess(worker)).code).toBe(0);
  }, 600_000);
});
