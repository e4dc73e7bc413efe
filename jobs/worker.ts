import { Queue, Worker } from "bullmq";
import { closeAppConnection } from "@/db/client";
import { closeSystemConnection } from "@/db/system";
import { getEnv } from "@/lib/env";
import { queuePrefix, workerRedis } from "./connection";
import { QUEUES, ZDailySweepPayload } from "./queues";
import { registerSchedulers } from "./schedulers";

/** The worker process: its own process, graceful shutdown on SIGTERM/SIGINT. */
getEnv();
const connection = workerRedis();
const prefix = queuePrefix();
const maintenance = new Queue(QUEUES.maintenance, { connection, prefix });
await registerSchedulers(maintenance);

const worker = new Worker(
  QUEUES.maintenance,
  async (job) => {
    const payload = ZDailySweepPayload.parse(job.data);
    console.log(`[worker] daily sweep (${payload.reason})`);
  },
  { connection: workerRedis(), prefix, concurrency: 1 },
);
worker.on("failed", (job, error) => console.error(`[worker] job ${job?.name} ${job?.id} failed: ${error.message}`));
await maintenance.add("daily-sweep", { reason: "startup" }, { jobId: `startup-${Date.now()}`, removeOnComplete: 100 });
console.log("[worker] ready");

let isStopping = false;
async function shutdown(signal: string) {
  if (isStopping) return;
  isStopping = true;
  console.log(`[worker] ${signal}: finishing current jobs`);
  await worker.close();
  await maintenance.close();
  connection.disconnect();
  await Promise.all([closeAppConnection(), closeSystemConnection()]);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
