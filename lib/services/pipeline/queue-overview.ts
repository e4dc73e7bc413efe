import { Queue } from "bullmq";
import { and, desc, eq, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { getEnv } from "@/lib/env";
import { redisConnection } from "@/lib/redis";
import { assertRole, type ServiceContext } from "@/lib/services/context";

const QUEUE_NAMES = ["maintenance", "notifications"] as const;
const COUNTS = ["waiting", "active", "delayed", "completed", "failed"] as const;
export type QueueCounts = { name: string } & Record<(typeof COUNTS)[number], number>;

const globalForOps = globalThis as unknown as { zairyuOpsQueues?: Map<string, Queue> };

/** Read-only queue handles on the shared fail-fast connection, so a Redis outage answers at once. */
function queue(name: string): Queue {
  globalForOps.zairyuOpsQueues ??= new Map();
  let q = globalForOps.zairyuOpsQueues.get(name);
  if (!q) {
    q = new Queue(name, { connection: redisConnection(), prefix: getEnv().QUEUE_PREFIX });
    globalForOps.zairyuOpsQueues.set(name, q);
  }
  return q;
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms)),
  ]);

/**
 * The owners' ops view: job counts per queue (the service's own, no job data: payloads are ids only
 * anyway) and this company's outbox by status with its failed rows. Owners only.
 */
export async function getQueueOverview(ctx: ServiceContext) {
  assertRole(ctx, ["owner"]);
  let queues: QueueCounts[] | null = null;
  try {
    queues = await within(
      Promise.all(
        QUEUE_NAMES.map(async (name) => ({
          name,
          ...((await queue(name).getJobCounts(...COUNTS)) as Record<(typeof COUNTS)[number], number>),
        })),
      ),
      2000,
    );
  } catch {
    queues = null; // shown as "unavailable"; the outbox below still tells the truth
  }
  const outbox = await withTenant(ctx, async (tx) => {
    const byStatus = await tx
      .select({ status: notifications.status, count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(eq(notifications.companyId, ctx.companyId))
      .groupBy(notifications.status);
    const failed = await tx
      .select({
        id: notifications.id,
        sendOn: notifications.sendOn,
        recipientType: notifications.recipientType,
        kind: notifications.kind,
        lastError: notifications.lastError,
        employeeId: notifications.employeeId,
      })
      .from(notifications)
      .where(and(eq(notifications.companyId, ctx.companyId), eq(notifications.status, "failed")))
      .orderBy(desc(notifications.sendOn))
      .limit(50);
    return { byStatus, failed };
  });
  return { queues, ...outbox };
}
