import type { Job } from "bullmq";
import type { z } from "zod";

/**
 * A typed job: its queue, a payload schema re-validated at dequeue (ids only, never personal data),
 * and the handler. Permanent failures throw UnrecoverableError; anything else is retried with backoff.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  queue: string;
  name: string;
  schema: S;
  concurrency?: number;
  attempts?: number;
  handler: (payload: z.infer<S>, job: Job) => Promise<unknown>;
};

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
