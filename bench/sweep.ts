/**
 * 1. Morning sweep over the whole world (1,000,000 employees; quick: 60,000): wall time of the real
 * notification sweep — runNotificationSweep with the worker's own enqueue into BullMQ — against the
 * floor, one hand-written query returning the same set of due reminders (bench/lib/sweep-floor.ts).
 * Every morning from today until several open days have been measured (weekend and holiday mornings
 * run too, unmeasured: overdue alerts and escalations only go out on open days, so those are the heavy
 * mornings); between two mornings the day's rows are marked sent, as the workers would have. Every
 * morning the sweep's set must equal the floor's, or the run fails.
 *   npx tsx bench/sweep.ts [--quick]
 */
import { pathToFileURL } from "node:url";
import { addDays, isClosedDay } from "@/lib/compliance";
import { type BenchRow, benchRow, median, say, timed } from "./lib/row";
import { floorDueKeys } from "./lib/sweep-floor";
import { closeWorld, getWorld } from "./lib/world";

export async function run(opts: { quick: boolean }): Promise<BenchRow[]> {
  const world = await getWorld(opts);
  const { runNotificationSweep } = await import("@/lib/services/pipeline/sweep/run-sweep");
  const { closeProducers, enqueueNotifications, notificationQueue } = await import("@/jobs/producers");
  const mornings = opts.quick ? 2 : 3;
  const sweeps: number[] = [];
  const floors: number[] = [];
  try {
    for (let k = 0; sweeps.length < mornings; k++) {
      const day = addDays(world.today, k);
      const isMeasured = !isClosedDay(day);
      await floorDueKeys(world.sql, day); // warm-up: both are then measured on warm caches
      const floor = await timed(() => floorDueKeys(world.sql, day));
      const startedAt = new Date();
      const enqueued: string[] = [];
      const sweep = await timed(() =>
        runNotificationSweep({
          today: day,
          enqueue: async (rows) => {
            enqueued.push(...rows.map((r) => r.id));
            await enqueueNotifications(rows);
          },
        }),
      );
      await checkSameSet(world.sql, floor.result, enqueued, startedAt);
      if (isMeasured) floors.push(floor.ms);
      if (isMeasured) sweeps.push(sweep.ms);
      say(
        "sweep",
        `${day}${isMeasured ? "" : " (closed day, not measured)"}: sweep ${(sweep.ms / 1000).toFixed(2)} s, floor ${(floor.ms / 1000).toFixed(2)} s, ${enqueued.length.toLocaleString("en")} enqueued ${JSON.stringify(sweep.result)}`,
      );
      // The workers' part, so the next morning starts where a real one would: today's rows went out.
      await world.sql`update notifications set status = 'sent', attempts = attempts + 1, claimed_at = now(), sent_at = now() where id = any(${enqueued}::uuid[])`;
      await notificationQueue().obliterate({ force: true });
    }
  } finally {
    // The queue was given its connection, so closing the queue leaves the connection open.
    const connection = notificationQueue().opts.connection as { disconnect?: () => void };
    await closeProducers();
    connection.disconnect?.();
  }
  const employees = world.generated.counts.employees.toLocaleString("en");
  return [
    benchRow(
      `morning sweep: find every due reminder and enqueue (${employees} employees, median of ${mornings} open-day mornings)`,
      "s",
      median(sweeps) / 1000,
      median(floors) / 1000,
      "within 2× of the floor and under 30 s",
    ),
  ];
}

/** The sweep's rows and the floor's must be the same, except rows the sweep's own re-evaluation changed. */
async function checkSameSet(
  sql: Awaited<ReturnType<typeof getWorld>>["sql"],
  floor: { company_id: string; dedupe_key: string }[],
  enqueued: string[],
  startedAt: Date,
) {
  const swept = await sql<{ company_id: string; dedupe_key: string; is_new: boolean }[]>`
    select n.company_id, n.dedupe_key, (n.created_at >= ${startedAt} and n.kind in ('created', 'before')) or coalesce(d.updated_at >= ${startedAt}, false) as is_new
    from notifications n left join duties d on d.id = n.duty_id where n.id = any(${enqueued}::uuid[])`;
  const key = (r: { company_id: string; dedupe_key: string }) => `${r.company_id}/${r.dedupe_key}`;
  const floorSet = new Set(floor.map(key));
  const sweptSet = new Set(swept.map(key));
  const extra = swept.filter((r) => !floorSet.has(key(r)) && !r.is_new);
  const missing = floor.filter((r) => !sweptSet.has(key(r)));
  if (extra.length > 0 || missing.length > 0)
    throw new Error(
      `the floor and the sweep disagree: ${extra.length} enqueued not in the floor (${extra.slice(0, 3).map(key)}), ${missing.length} in the floor not enqueued (${missing.slice(0, 3).map(key)})`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes("--quick") })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .finally(() => closeWorld())
    .then(() => process.exit(0));
}
