import { dailySweep } from "./daily-sweep";
import { sendNotificationJob } from "./send-notification";
import type { JobDefinition } from "./types";

/** Every job the worker runs. A feature adds its definition file and one line here. */
export const JOBS: JobDefinition[] = [dailySweep as unknown as JobDefinition, sendNotificationJob as unknown as JobDefinition];
