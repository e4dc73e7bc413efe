import { z } from "zod";

/**
 * Queue names and payload schemas. Payloads carry ids only — never names, card numbers or emails —
 * because Redis is not where personal data lives.
 */
export const QUEUES = { maintenance: "maintenance" } as const;

export const ZDailySweepPayload = z.strictObject({ reason: z.enum(["schedule", "startup", "manual"]) });
export type TDailySweepPayload = z.infer<typeof ZDailySweepPayload>;
