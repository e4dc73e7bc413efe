import { QUEUES, ZDailySweepPayload } from "../queues";
import { SWEEPS } from "../sweeps";
import { defineJob } from "./types";

/** 06:00 Asia/Tokyo and at worker start: every registered sweep, in order. State lives in PostgreSQL. */
export const dailySweep = defineJob({
  queue: QUEUES.maintenance,
  name: "daily-sweep",
  schema: ZDailySweepPayload,
  concurrency: 1,
  handler: async (payload) => {
    for (const sweep of SWEEPS) {
      const result = await sweep.run();
      console.log(`[worker] sweep ${sweep.name} (${payload.reason}): ${JSON.stringify(result)}`);
    }
  },
});
