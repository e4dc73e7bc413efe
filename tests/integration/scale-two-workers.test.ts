import crypto from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES } from "@/jobs/queues";
import { addDays } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import { type Managed, startProcess } from "@/scripts/lib/processes";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { withSharedSweeps } from "../helpers/global-sweeps";
import { until } from "../helpers/queue";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

/**
 * Workers scale out: two real worker processes (as `npm run worker` starts one) on one Redis, under a
 * queue prefix of this test's own. A morning's sweep runs once per job whichever worker takes it, its
 * sends are shared between both workers, and no email goes out twice. The prefix is a Redis Cluster hash
 * tag, so every key of every queue lands in one slot. Send jobs carry 8 reminders here (50 in production),
 * so one morning of one company is ten jobs to share.
 */
const owner = ownerSql();
// The app's default is "{zairyu}"; this test's own tag keeps its queues apart from any other run.
const prefix = `{zairyu-scale-${crypto.randomUUID().slice(0, 8)}}`;
const connection = () => new Redis(process.env.REDIS_URL ?? "", { maxRetriesPerRequest: null });
const workers: Managed[] = [];
let smtp: TestSmtp;
let maintenance: Queue;
let notifications: Queue;

function startWorker(name: string): Promise<Managed> {
  const env = { ...process.env, QUEUE_PREFIX: prefix, SMTP_URL: smtp.url, NOTIFICATION_BATCH_SIZE: "8" };
  const worker = startProcess(name, "npx", ["tsx", "jobs/worker.ts"], env, { quiet: true });
  workers.push(worker);
  return new Promise((resolve, reject) => {
    let output = "";
    worker.child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("[worker] ready")) resolve(worker);
    });
    worker.child.once("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  maintenance = new Queue(QUEUES.maintenance, { connection: connection(), prefix });
  notifications = new Queue(QUEUES.notifications, { connection: connection(), prefix });
  await Promise.all([startWorker("worker-a"), startWorker("worker-b")]);
}, 120_000);

afterAll(async () => {
  for (const w of workers) await w.stop();
  for (const q of [maintenance, notifications]) {
    await q.obliterate({ force: true });
    await q.close();
    (q.opts.connection as Redis).disconnect();
  }
  await smtp.stop();
  await owner.end();
});

describe("two worker processes on one Redis", () => {
  it("share one morning's sends, send each exactly once, and keep every key under the prefix's hash tag", () =>
    withSharedSweeps(owner, "paused", async () => {
      // These workers' own minute poll and start-up sweeps would send the rows while they are being
      // written (the count below then sees 78, not 80): their maintenance queue waits until the two sweeps.
      await maintenance.pause();
      await until(async () => (await maintenance.getActiveCount()) === 0, 60_000);
      // 40 people whose stay ends in 45 days: each renewal duty announces itself today, to them and to HR.
      const a = await makeCompany("二台構成株式会社");
      const expiry = addDays(todayInJapan(), 45);
      for (let i = 0; i < 40; i++)
        await makeEmployee(
          a,
          { email: `two-${i}-${crypto.randomUUID().slice(0, 6)}@example.test`, preferredLanguage: "en" },
          { periodOfStayExpiresOn: expiry, cardNumber: null },
        );
      const rows = await owner<
        { id: string }[]
      >`select id from notifications where company_id = ${a.companyId} and status = 'pending' and send_on <= ${todayInJapan()}::date`;
      expect(rows.length).toBe(80);
      await maintenance.resume();

      // Two sweeps at once, as when both workers' schedules fire: each runs once, on whichever worker.
      const sweeps = await maintenance.addBulk(
        [1, 2].map((n) => ({
          name: "daily-sweep",
          data: { reason: "manual" },
          opts: { jobId: `scale-sweep-${n}` },
        })),
      );
      const ids = rows.map((r) => r.id);
      await until(async () => {
        const [left] = await owner<{ n: number }[]>`
          select count(*)::int as n from notifications
          where (id = any(${ids}::uuid[]) and status <> 'sent')
             or (company_id = ${a.companyId} and status in ('pending', 'sending') and send_on <= ${todayInJapan()}::date)`;
        return left?.n === 0;
      }, 60_000);

      const stored = await owner<
        { attempts: number }[]
      >`select attempts from notifications where id = any(${ids}::uuid[])`;
      expect(stored.every((r) => r.attempts === 1)).toBe(true);
      const received = smtp.received
        .map((m) => String(m.headers.get("x-zairyu-notification") ?? ""))
        .filter((id) => ids.includes(id));
      expect(received.sort()).toEqual([...ids].sort()); // every row once, none twice

      // This company's send jobs (the workers' start-up sweeps may have sent other tests' rows): every row
      // in one of them, each job run. Two sweeps over the same rows make the same batches (one job id),
      // but a sweep that ran after the other's digest row was written batches 81 rows, not 80: then two
      // jobs share rows, the claim keeps each row to one send (checked at the SMTP server above), and a
      // job that met its rows held by the other waits for its retry — with nothing left to send.
      const sendJobs = (
        await notifications.getJobs(["completed", "failed", "active", "waiting", "delayed"])
      ).filter((j) => j?.data.companyId === a.companyId);
      expect(sendJobs.every((j) => j?.name === "send-notifications")).toBe(true);
      const batched = new Set(sendJobs.flatMap((j) => j?.data.notificationIds as string[]));
      expect(ids.filter((id) => !batched.has(id))).toEqual([]);
      for (const job of sendJobs) {
        const state = await job?.getState();
        expect(["completed", "delayed"]).toContain(state);
        if (state === "delayed") {
          const [unsent] = await owner<{ n: number }[]>`
            select count(*)::int as n from notifications
            where id = any(${job?.data.notificationIds as string[]}::uuid[]) and status <> 'sent'`;
          expect(unsent?.n).toBe(0);
        }
      }
      const byWorker = new Map<string, number>();
      for (const job of sendJobs)
        byWorker.set(job?.processedBy ?? "none", (byWorker.get(job?.processedBy ?? "none") ?? 0) + 1);
      expect([...byWorker.keys()].every((name) => /^.+:\d+$/.test(name))).toBe(true);
      expect(byWorker.size).toBe(2);

      for (const sweep of sweeps)
        expect(await (await maintenance.getJob(sweep.id ?? ""))?.getState()).toBe("completed");
      // Both workers registered the schedules; each exists once, so a tick still enqueues one sweep.
      expect((await maintenance.getJobSchedulers()).map((s) => s.key).sort()).toEqual([
        "daily-sweep",
        "dispatch-webhooks",
        "outbox-poll",
      ]);

      // Redis Cluster hashes only the part in braces: every key of both queues, under this one tag, is in
      // one slot. A queue or worker missing the prefix would have written under BullMQ's default "bull:".
      const redis = connection();
      expect(await redis.keys("bull:*")).toEqual([]);
      const keys = await redis.keys(`${prefix}:*`);
      for (const queue of [QUEUES.maintenance, QUEUES.notifications])
        expect(keys.some((k) => k.startsWith(`${prefix}:${queue}:`))).toBe(true);
      redis.disconnect();
    }));
});
