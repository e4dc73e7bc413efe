import os from "node:os";
import { Queue, UnrecoverableError, Worker } from "bullmq";
import { closeAppConnection } from "@/db/client";
import { closeSystemConnection } from "@/db/system";
import { closeMailer } from "@/lib/email/mailer";
import { getEnv } from "@/lib/env";
import { closeRedis } from "@/lib/redis";
import { stopStartingSends } from "@/lib/services/pipeline/send/send-slots";
import { queuePrefix, workerRedis } from "./connection";
import { JOBS } from "./definitions";
import { closeProducers } from "./producers";
import { QUEUES } from "./queues";
import { registerSchedulers, SWEEP_JOB_OPTIONS } from "./schedulers";

/** The worker process: one BullMQ worker per queue, graceful shutdown on SIGTERM/SIGINT. */
getEnv();
const prefix = queuePrefix();
/** Stored on every job this process runs (BullMQ's processedBy): which worker did what, when several run. */
const workerName = `${os.hostname()}:${process.pid}`;
const connection = workerRedis();
const maintenance = new Queue(QUEUES.maintenance, { connection, prefix });
await registerSchedulers(maintenance);
// A Redis that restarts without its data has lost the schedulers (the outbox would never be polled
// again) and any queued job: on every reconnect (the first "ready" is already past), register them
// again and catch up with a sweep, which re-enqueues from PostgreSQL whatever was lost.
connection.on("ready", () => {
  const catchUp = { ...SWEEP_JOB_OPTIONS, jobId: `reconnect-${Date.now()}` };
  registerSchedulers(maintenance)
    .then(() => maintenance.add("daily-sweep", { reason: "reconnect" }, catchUp))
    .then(
      () => console.log("[worker] Redis is back: schedulers registered, catch-up sweep queued"),
      (error: Error) => console.error(`[worker] after reconnecting to Redis: ${error.message}`),
    );
});

const byQueue = new Map<string, typeof JOBS>();
for (const job of JOBS) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
const workers = [...byQueue.entries()].map(([queue, definitions]) => {
  const worker = new Worker(
    queue,
    async (job) => {
      const definition = definitions.find((d) => d.name === job.name);
      if (!definition) throw new UnrecoverableError(`no handler for job ${job.name} on ${queue}`);
      const parsed = definition.schema.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid payload for ${job.name}: ${parsed.error.message}`);
      return definition.handler(parsed.data, job);
    },
    {
      connection: workerRedis(),
      prefix,
      name: workerName,
      concurrency: Math.max(...definitions.map((d) => d.concurrency ?? 1)),
    },
  );
  worker.on("failed", (job, error) =>
    console.error(
      `[worker] ${queue}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
    ),
  );
  worker.on("error", (error) => console.error(`[worker] ${queue}: ${error.message}`));
  return worker;
});
// Catch up at start: a missed 06:00 tick is harmless because every sweep reads its state from PostgreSQL.
await maintenance.add(
  "daily-sweep",
  { reason: "startup" },
  { ...SWEEP_JOB_OPTIONS, jobId: `startup-${Date.now()}` },
);
console.log(`[worker] ready (${workerName}): ${[...byQueue.keys()].join(", ")}`);

let isStopping = false;
async function shutdown(signal: string) {
  if (isStopping) return;
  isStopping = true;
  console.log(`[worker] ${signal}: finishing current jobs`);
  // Sends in flight finish and are recorded; batches give back what they have not started.
  stopStartingSends();
  await Promise.all(workers.map((w) => w.close()));
  await maintenance.close();
  await closeProducers();
  connection.disconnect();
  closeMailer();
  await Promise.all([closeAppConnection(), closeSystemConnection(), closeRedis()]);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
