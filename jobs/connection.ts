import { Redis } from "ioredis";
import { getEnv } from "@/lib/env";

/** BullMQ needs maxRetriesPerRequest: null on connections it blocks on (workers). */
export function workerRedis(): Redis {
  return new Redis(getEnv().REDIS_URL, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** Queue names carry a hash tag ({zairyu}) so every key of a queue lands on one Redis Cluster slot. */
export function queuePrefix(): string {
  return getEnv().QUEUE_PREFIX;
}
