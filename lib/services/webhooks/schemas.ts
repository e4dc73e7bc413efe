import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/db/schema";

export const MAX_ENDPOINTS = 10;

/** The URL policy needs the environment, so it is checked in the use case; the shape is checked here. */
export const ZCreateWebhookEndpointRequest = z.strictObject({
  url: z
    .string({ message: "required" })
    .trim()
    .min(1, { message: "required" })
    .max(2000, { message: "max_length:2000" }),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: "invalid_choice" }), { message: "webhook_event" })
    .min(1, { message: "webhook_event" })
    .transform((events) => [...new Set(events)]),
});
export type TCreateWebhookEndpointRequest = z.infer<typeof ZCreateWebhookEndpointRequest>;

export const WEBHOOK_FIELD_LABELS = {
  url: { ja: "送信先 URL", en: "Endpoint URL" },
  events: { ja: "イベント", en: "Events" },
} as const;
