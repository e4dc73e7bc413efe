import crypto from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotifications } from "@/jobs/producers";
import { recordCompanyEvent } from "@/lib/services/pipeline/record-company-event";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { runNotificationSweep } from "@/lib/services/pipeline/sweep/run-sweep";
import { freePort } from "../../scripts/lib/ports";
import { startRedis } from "../../scripts/lib/redis";
import { makeCompany, makeEmployee } from "../factories/company";
import { ownerSql } from "../helpers/db";
import { mailTo } from "../helpers/pipeline";
import { notificationWorker, until } from "../helpers/queue";

// A Redis of this file's own, which the test stops and starts; the app is pointed at it too, so any
// Redis use while recording would hit a dead server.
const owner = ownerSql();
const originalRedis = process.env.REDIS_URL;
const dataDir = path.resolve(".test-data", `redis-outage-${process.pid}`);
let port = 0;
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
let runner: ReturnType<typeof notificationWorker>;
let a: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis({ dataDir, persistent: false, port });
  process.env.REDIS_URL = redis.url; // lib/env reads it on first use, after this line
  runner = notificationWorker(redis.url);
  a = await makeCompany("障害テスト株式会社");
});
afterAll(async () => {
  redis ??= await startRedis({ dataDir, persistent: false, port }); // closing BullMQ needs it up
  await runner.close();
  await redis?.stop();
  await owner.end();
  process.env.REDIS_URL = originalRedis;
});

describe("Redis is down while HR records events", () => {
  it("recording succeeds without Redis, and once Redis is back every email goes out", async () => {
    const people = await Promise.all(
      ["ja", "vi"].map(async (language) => {
        const email = `emp-${crypto.randomUUID()}@example.test`;
        const { id } = await makeEmployee(
          a,
          { email, preferredLanguage: language },
          { periodOfStayExpiresOn: "2030-09-30" },
        );
        return { id, email };
      }),
    );
    await redis?.stop();
    redis = undefined;

    const [first, second] = people;
    await recordEvent(
      a,
      first?.id ?? "",
      { type: "moved_house", date: "2027-07-05" },
      { today: "2027-07-05" },
    );
    await recordEvent(
      a,
      second?.id ?? "",
      { type: "employment_ended", date: "2027-07-05" },
      { today: "2027-07-05" },
    );
    await recordCompanyEvent(a, { type: "org_name_changed", date: "2027-07-05" }, { today: "2027-07-05" });
    // Nothing in the recording path created the app's Redis client (lib/redis.ts keeps it on globalThis).
    expect((globalThis as { zairyuRedis?: unknown }).zairyuRedis).toBeUndefined();

    const pending =
      await owner`select id from notifications where employee_id = any(${people.map((p) => p.id)}) and send_on = '2027-07-05' and status = 'pending'`;
    // first: the address notice and the 19-16 notice for the name change; second: 19-16 for the contract end and the name change.
    expect(pending).toHaveLength(4);

    redis = await startRedis({ dataDir, persistent: false, port });
    await runNotificationSweep({
      today: "2027-07-05",
      enqueue: (rows) =>
        enqueueNotifications(
          rows.filter((r) => r.companyId === a.companyId),
          { queue: runner.queue, backoffMs: 100 },
        ),
    });
    await until(
      async () =>
        (
          await owner`select count(*)::int as n from notifications where id = any(${pending.map((p) => p.id)}) and status = 'sent'`
        )[0]?.n === 4,
    );
    // Sends run concurrently: compare as a set, not in arrival order.
    expect((await mailTo(first?.email ?? "")).map((m) => m.subject).sort()).toEqual([
      "【手続きのお知らせ】住居地の届出",
      "【手続きのお知らせ】所属機関に関する届出 (契約機関)",
    ]);
    expect((await mailTo(second?.email ?? "")).map((m) => m.subject)).toHaveLength(2);
  });
});
