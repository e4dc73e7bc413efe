import { todayInJapan } from "@/lib/i18n/format";
import { unsafePurgeIdempotencyKeys } from "@/lib/services/api/unsafe-purge-idempotency-keys";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { unsafeRefreshWorkStates } from "@/lib/services/pipeline/sweep/work-state";
import { unsafePurgeSeparatedEmployees } from "@/lib/services/privacy/purge-separated";
import { dispatchWebhooks } from "./definitions/deliver-webhook";
import { enqueueNotifications } from "./producers";

/**
 * What the daily sweep does, in order. Each sweep is set-based SQL over PostgreSQL state (never a
 * query per employee) and safe to run twice. A feature adds its sweep here.
 */
export type Sweep = { name: string; run: () => Promise<Record<string, number>> };

export const SWEEPS: Sweep[] = [
  // Reminders: today's overdue/expired/digest rows, duty webhooks, then every due outbox row enqueued.
  {
    name: "notifications",
    run: () => runNotificationSweep({ today: todayInJapan(), enqueue: (rows) => enqueueNotifications(rows) }),
  },
  // Work state: people whose basis for working ended yesterday are re-evaluated (state, webhook, duties);
  // after the reminders, so they are not held up (the outbox poll sends anything this makes due today).
  { name: "work-states", run: () => unsafeRefreshWorkStates(todayInJapan()) },
  // Webhooks: every pending delivery (including the duty webhooks just written) enqueued; also every 10 s.
  { name: "webhooks", run: () => dispatchWebhooks() },
  // API: Idempotency-Keys older than their 24 hours are forgotten.
  { name: "idempotency-keys", run: () => unsafePurgeIdempotencyKeys() },
  // Retention: people separated longer ago than their company keeps data are purged, files and all.
  { name: "retention-purge", run: () => unsafePurgeSeparatedEmployees(todayInJapan()) },
];
