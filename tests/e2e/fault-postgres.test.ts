import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany, TEST_PASSWORD } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { type Answer, signInOverHttp, startProber, summarise } from "../helpers/fault/prober";
import { type AppProcess, stopProcess } from "../helpers/fault/processes";
import {
  dutiesFingerprint,
  outboxStatus,
  seedDueReminders,
  seedExpiredRenewals,
  until,
} from "../helpers/fault/reminders";
import { type FaultStack, startFaultStack } from "../helpers/fault/stack";

/**
 * PostgreSQL dies (immediate shutdown: no checkpoint, crash recovery on start) and comes back on the
 * same port: once in the middle of the daily sweep, once while the worker sends. The sweep must run
 * again to its end (today's alerts written once), every reminder must go out exactly once, every duty
 * stays as it was, and the web app answers every request throughout: liveness always, readiness 503
 * while the database is away, pages again as soon as it is back.
 */
const EXPIRED = 200;
const CREATED = 300;
const BATCH = 1000;
let stack: FaultStack;
let owner: ReturnType<typeof ownerSql>;
let company: Awaited<ReturnType<typeof makeCompany>>;
let cookie = "";
const today = todayInJapan();

beforeAll(async () => {
  stack = await startFaultStack("postgres");
  owner = ownerSql();
  company = await makeCompany("障害PG株式会社");
  await stack.startWeb();
  cookie = await signInOverHttp(stack.env.APP_URL ?? "", company.email, TEST_PASSWORD);
}, 180_000);
/** Whatever a test started and did not stop (it failed half-way), so the next test starts clean. */
const leftovers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const stop of leftovers.splice(0)) await stop();
});
afterAll(async () => {
  await owner?.end();
  await stack?.stop();
});

const PAGES = ["dashboard", "employees"];
const targets = () => [
  { name: "health", path: "/api/health" },
  { name: "ready", path: "/api/health?ready=1" },
  { name: "dashboard", path: "/dashboard", headers: { cookie } },
  { name: "employees", path: "/employees", headers: { cookie } },
];

/** Kills PostgreSQL, keeps it away for `downMs`, starts it again; returns when it was down and back. */
async function restartPostgres(downMs: number): Promise<{ down: number; up: number }> {
  await owner.end({ timeout: 1 });
  const down = Date.now();
  await stack.pg.kill();
  await new Promise((r) => setTimeout(r, downMs));
  await stack.pg.start();
  owner = ownerSql(); // the old pool's connections died with the server
  return { down, up: Date.now() };
}

/**
 * Every request got an answer (no refused connection, reset or hang) and liveness was 200 every time;
 * pages answered 200 until the server died; readiness said 503 while the database was away; and from
 * the first ready 200 after it was back, every page was 200 again. (Readiness itself is not held to 200
 * outside the outage: under CI load its one-second budget may run out, and saying so is its job.)
 */
function expectAnsweredThroughout(answers: readonly Answer[], outage: { down: number; up: number }) {
  const summary = summarise(answers);
  const isPage = (a: Answer) => PAGES.includes(a.name);
  const notOk = (list: readonly Answer[]) =>
    list.filter((a) => a.status !== 200).map((a) => `${a.name}: ${a.status}`);
  expect(
    answers.filter((a) => a.status === null).map((a) => `${a.name}: ${a.error}`),
    summary,
  ).toEqual([]);
  expect(notOk(answers.filter((a) => a.name === "health")), summary).toEqual([]);
  const before = answers.filter((a) => isPage(a) && a.doneAt < outage.down);
  expect(before.length, summary).toBeGreaterThanOrEqual(PAGES.length);
  expect(notOk(before), summary).toEqual([]);
  expect(
    answers.some(
      (a) => a.name === "ready" && a.status === 503 && a.at >= outage.down && a.doneAt <= outage.up,
    ),
    summary,
  ).toBe(true);
  const back = answers.find((a) => a.name === "ready" && a.status === 200 && a.at >= outage.up);
  expect(back, summary).toBeDefined();
  const after = answers.filter((a) => isPage(a) && a.at > (back?.doneAt ?? 0));
  expect(after.length, summary).toBeGreaterThanOrEqual(PAGES.length * 3);
  expect(notOk(after), summary).toEqual([]);
}

/** Readiness said 200 after the restart, and each page has answered three times since. */
function isBack(answers: readonly Answer[], outage: { up: number }): boolean {
  const back = answers.find((a) => a.name === "ready" && a.status === 200 && a.at >= outage.up);
  return PAGES.every(
    (page) =>
      answers.filter((a) => a.name === page && a.at > (back?.doneAt ?? Number.POSITIVE_INFINITY)).length >= 3,
  );
}

/** Today's rows for this company, by kind and status. */
function todaysRows() {
  return owner<
    { id: string; kind: string; status: string }[]
  >`select id, kind, status from notifications where company_id = ${company.companyId} and send_on = ${today}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The last lines a process printed, for assertion messages. */
const tail = (process_: AppProcess) => process_.lines.slice(-15).join("\n");

describe("PostgreSQL restarted in the middle of the daily sweep", () => {
  it("the sweep runs again to its end: today's alerts are written once and sent once, duties intact", async () => {
    await seedExpiredRenewals(owner, company.companyId, EXPIRED, today);
    const created = await seedDueReminders(owner, company.companyId, CREATED, today);
    const duties = await dutiesFingerprint(owner, company.companyId);
    // Hold the sweep half-way: an uncommitted row with the key of one of today's 'expired' alerts makes
    // the sweep's insert of those alerts wait for this transaction, which never ends: the server dies.
    const [duty] =
      await owner`select id, employee_id from duties where company_id = ${company.companyId} and code = 'period_of_stay_renewal' limit 1`;
    const blocker = postgres(stack.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    let isHeld: (pid: number) => void = () => {};
    const holding = new Promise<number>((resolve) => {
      isHeld = resolve;
    });
    const held = blocker.begin(async (tx) => {
      await tx`insert into notifications (company_id, duty_id, employee_id, recipient_type, kind, send_on, dedupe_key)
        values (${company.companyId}, ${duty?.id}, ${duty?.employee_id}, 'hr', 'expired', ${today}, ${`d:${duty?.id}:expired:hr:${today}`})`;
      const [backend] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
      isHeld(backend?.pid ?? 0);
      await new Promise(() => {});
    });
    // The row is in place before the worker starts (or the insert failed and the test with it).
    const blockerPid = await Promise.race([holding, held.then(() => 0)]);
    held.catch(() => {}); // it fails when the server dies, as it should
    const prober = startProber(stack.env.APP_URL ?? "", targets());
    const worker = await stack.startWorker();
    leftovers.push(prober.stop, () => stopProcess(worker, "SIGKILL"));
    let outage: { down: number; up: number };
    try {
      await until(
        async () =>
          (await owner`select 1 from pg_stat_activity where ${blockerPid} = any(pg_blocking_pids(pid))`)
            .length > 0,
        "the sweep waiting for the held row (its insert of today's expired alerts)",
        120_000,
        100,
        async () => ({
          rows: countBy(await todaysRows(), (r) => `${r.kind}:${r.status}`),
          worker: worker.lines.slice(-10),
        }),
      );
      outage = await restartPostgres(3000);
    } finally {
      await blocker.end({ timeout: 1 }).catch(() => {});
    }

    const isDone = async () => {
      const rows = await todaysRows();
      return (
        rows.filter((r) => r.kind === "expired").length === EXPIRED && rows.every((r) => r.status === "sent")
      );
    };
    await until(
      isDone,
      "the sweep's alerts written and all of today's rows sent",
      240_000,
      1000,
      async () => ({
        rows: countBy(await todaysRows(), (r) => `${r.kind}:${r.status}`),
        worker: worker.lines.slice(-10),
      }),
    );
    await until(() => isBack(prober.answers, outage), "ready again, and pages answered since", 60_000);
    await new Promise((r) => setTimeout(r, 2000)); // anything still in flight would land now
    const answers = await prober.stop();

    const rows = await todaysRows();
    const counts = stack.smtp.countsById();
    // The restart hit the sweep (its first run failed) and its retry ran to the end once, writing the alerts.
    expect(
      worker.lines.filter((l) => /daily-sweep \S+ failed \(attempt 1\)/.test(l)),
      tail(worker),
    ).toHaveLength(1);
    const completed = worker.lines.filter((l) => /sweep notifications \(startup\)/.test(l));
    expect(completed, tail(worker)).toHaveLength(1);
    expect(completed[0]).toContain(`"expired":${EXPIRED}`);
    // Written once: one alert per expired stay, one digest for the one HR member, the seeded reminders.
    expect(countBy(rows, (r) => r.kind)).toEqual({ created: CREATED, expired: EXPIRED, digest: 1 });
    expect(
      rows
        .filter((r) => r.kind === "created")
        .map((r) => r.id)
        .sort(),
    ).toEqual([...created].sort());
    // Sent once: every row recorded as sent, and the SMTP server took each exactly once.
    expect(countBy(rows, (r) => r.status)).toEqual({ sent: CREATED + EXPIRED + 1 });
    expect(
      rows.filter((r) => counts.get(r.id) !== 1).map((r) => `${r.kind}:${counts.get(r.id) ?? 0}`),
    ).toEqual([]);
    expect(await dutiesFingerprint(owner, company.companyId)).toBe(duties);
    expectAnsweredThroughout(answers, outage);
    expect((await stopProcess(worker)).code).toBe(0);
  }, 420_000);
});

describe("PostgreSQL restarted while the worker sends", () => {
  it("every reminder goes out exactly once: what was sent is recorded when the database is back", async () => {
    const ids = await seedDueReminders(owner, company.companyId, BATCH, today);
    const duties = await dutiesFingerprint(owner, company.companyId);
    const prober = startProber(stack.env.APP_URL ?? "", targets());
    const worker = await stack.startWorker("worker-2");
    leftovers.push(prober.stop, () => stopProcess(worker, "SIGKILL"));
    const mine = () => stack.smtp.deliveries.filter((d) => ids.includes(d.notificationId)).length;
    await until(() => mine() >= BATCH / 4, `${BATCH / 4} of the batch sent`, 300_000, 20);
    const atRestart = mine();
    const outage = await restartPostgres(3000);
    await until(
      async () => (await outboxStatus(owner, ids)).sent === ids.length,
      "every row sent",
      300_000,
      1000,
      async () => ({ outbox: await outboxStatus(owner, ids), worker: worker.lines.slice(-10) }),
    );
    await until(() => isBack(prober.answers, outage), "ready again, and pages answered since", 60_000);
    await new Promise((r) => setTimeout(r, 2000)); // anything still in flight would land now
    const answers = await prober.stop();

    const counts = stack.smtp.countsById();
    // The restart came mid-batch (sends in flight, most of the batch still to go), and yet every
    // reminder of the batch reached the SMTP server exactly once and is recorded as sent.
    expect(atRestart).toBeLessThan(BATCH);
    expect(ids.filter((id) => counts.get(id) !== 1).map((id) => counts.get(id) ?? 0)).toEqual([]);
    expect(await outboxStatus(owner, ids)).toEqual({ sent: BATCH });
    expect(await dutiesFingerprint(owner, company.companyId)).toBe(duties);
    expectAnsweredThroughout(answers, outage);
    expect((await stopProcess(worker)).code).toBe(0);
  }, 420_000);
});
