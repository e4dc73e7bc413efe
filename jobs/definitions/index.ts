import { dailySweep } from "./daily-sweep";
import { deliverWebhookJob, dispatchWebhooksJob } from "./deliver-webhook";
import { outboxPoll } from "./outbox-poll";
import { sendNotificationsJob } from "./send-notifications";
import type { JobDefinition } from "./types";

/** Every job the worker runs. A feature adds its definition file and one line here. */
export const JOBS: JobDefinition[] = [
  dailySweep as unknown as JobDefinition,
  sendNotificationsJob as unknown as JobDefinition,
  deliverWebhookJob as unknown as JobDefinition,
  dispatchWebhooksJob as unknown as JobDefinition,
  outboxPoll as unknown as JobDefinition,
];
