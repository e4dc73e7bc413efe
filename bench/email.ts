/**
 * 5. Email: sends per second through the real pipeline — a real worker process (tsx jobs/worker.ts)
 * claiming, rendering (the employee's language, a personal link), sending to the SMTP sink and recording
 * each row, fed by the sweep's own enqueue — against the floor: the very same messages, as raw bytes,
 * through a pooled nodemailer transport with the mailer's settings, from a process of its own.
 *   npx tsx bench/email.ts [--quick]
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Queue } from "bullmq";
import type { Sql } from "postgres";
import { type BenchRow, benchRow, median, say } from "./lib/row";
import { startWorker } from "./lib/web";
import { closeWorld, getWorld, type World } from "./lib/world";

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const { runNotificationSweep } = await import("@/lib/services/pipeline/sweep/run-sweep");
  const { enqueueNotifications, closeProducers, notificationQueue } = await import("@/jobs/producers");
  // This morning's sends count as done, so the worker's start-up sweep has nothing left to send.
  await runNotificationSweep({ today: world.today, enqueue: async () => {} });
  await world.sql`update notifications set status = 'sent', attempts = 1, sent_at = now() where status = 'pending' and send_on <= ${world.today}::date`;
  const workerCount = Number(process.env.BENCH_EMAIL_WORKERS ?? 1);
  const workers = await Promise.all(
    Array.from({ length: workerCount }, (_, i) => startWorker(world, `worker-${i + 1}`)),
  );
  const batch = opts.quick ? 1_000 : 3_000;
  const runs = opts.quick ? 2 : 3;
  const pipeline: number[] = [];
  const raw: number[] = [];
  try {
    await waitUntilIdle(notificationQueue());
    for (let k = 0; k < runs; k++) {
      const rows = await takeRows(world.sql, world.today, batch);
      const before = new Set(mailFiles(world));
      const t0 = process.hrtime.bigint();
      await enqueueNotifications(rows);
      await waitUntilIdle(notificationQueue(), 1);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const [check] = await world.sql<{ sent: number; twice: number }[]>`
        select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where attempts > 1)::int as twice from notifications where id = any(${rows.map((r) => r.id)}::uuid[])`;
      const sent = check?.sent ?? 0;
      if (sent < rows.length * 0.95 || (check?.twice ?? 0) > 0)
        throw new Error(`pipeline sent ${sent} of ${rows.length}, ${check?.twice} more than once`);
      const files = mailFiles(world).filter((f) => !before.has(f));
      const floorMs = await rawLoop(world, files);
      pipeline.push(sent / (ms / 1000));
      raw.push(files.length / (floorMs / 1000));
      say(
        "email",
        `${sent} sent (${new Set(rows.map((r) => r.companyId)).size} companies) in ${(ms / 1000).toFixed(2)} s through the pipeline; the same ${files.length} raw in ${(floorMs / 1000).toFixed(2)} s`,
      );
    }
  } finally {
    for (const worker of workers) await worker.stop();
    const connection = notificationQueue().opts.connection as { disconnect?: () => void };
    await closeProducers();
    connection.disconnect?.();
  }
  return [
    benchRow(
      `email: sends through the real pipeline, one worker process (${batch.toLocaleString("en")} emails; median of ${runs})`,
      "emails/s",
      median(pipeline),
      median(raw),
      "≥ 70% of the raw pooled nodemailer loop",
    ),
  ];
}

/**
 * Reminders due in the coming days, made due today: a realistic mix of employee and HR emails, taken
 * as a morning hands them to the workers — whole companies (the next send day's reminders of one
 * company after another), since the worker sends one company's reminders as one batch. A real open
 * morning has ~6.5 reminders per company (65,000 in 10,000 companies at 1M employees, digests included);
 * this takes ~2–4 (one send day's duty reminders only), so it does not flatter the batching. (Taken
 * across companies in id order, 1,000 rows were ~1 per company: a morning that never happens.)
 */
async function takeRows(sql: Sql, today: string, n: number) {
  const rows = await sql<{ id: string; company_id: string }[]>`
    update notifications set send_on = ${today}::date where id in (
      select id from notifications where status = 'pending' and send_on > ${today}::date and duty_id is not null order by send_on, company_id, id limit ${n})
    returning id, company_id`;
  return rows.map((r) => ({ id: r.id, companyId: r.company_id }));
}

/**
 * Until the queue has had nothing waiting, active or delayed `times` checks in a row (every 20 ms: a
 * Redis call, not a database query, so the watching takes nothing from the database being measured).
 * The rows' final state is then checked in PostgreSQL.
 */
async function waitUntilIdle(queue: Queue, times = 10): Promise<void> {
  for (let quiet = 0; quiet < times; ) {
    await new Promise((r) => setTimeout(r, 20));
    const counts = await queue.getJobCounts("waiting", "active", "delayed");
    quiet = Object.values(counts).every((n) => n === 0) ? quiet + 1 : 0;
  }
}

function mailFiles(world: World): string[] {
  const dir = world.env.DEV_MAILBOX_DIR ?? "";
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => path.join(dir, f));
}

/** Asynchronously: the SMTP sink lives in this process and must keep answering while the child sends. */
async function rawLoop(world: World, files: string[]): Promise<number> {
  const list = path.join(world.dataDir, "raw-mail.txt");
  fs.writeFileSync(list, files.join("\n"));
  const script = path.join(import.meta.dirname, "lib", "raw-mail.ts");
  const { stdout } = await promisify(execFile)("npx", ["tsx", script, world.env.SMTP_URL ?? "", list], {
    cwd: path.resolve(import.meta.dirname, ".."),
  });
  return (JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { ms: number }).ms;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .finally(() => closeWorld())
    .then(() => process.exit(0));
}
