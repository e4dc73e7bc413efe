import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
  unsafeCalendarFeedIcs,
} from "@/lib/services/data/calendar-feeds";
import { fold } from "@/lib/services/data/ics";
import { makeCompany, makeEmployee } from "../factories/company";
import { insertDuty } from "../factories/dashboard";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  a = await makeCompany("A社");
  b = await makeCompany("B社");
  const an = await makeEmployee(a, { nameOnCard: "NGUYEN VAN AN" }, { periodOfStayExpiresOn: "2027-09-30" });
  await insertDuty(
    owner,
    { companyId: a.companyId, employeeId: an.id },
    { code: "isa_contract_org_notification", dueDate: "2026-04-14" },
  );
  await insertDuty(
    owner,
    { companyId: a.companyId, employeeId: an.id },
    { code: "card_reissue", dueDate: "2026-03-01" },
    { status: "closed" },
  );
  await makeEmployee(b, { nameOnCard: "B PERSON" }, { periodOfStayExpiresOn: "2028-01-31" });
});
afterAll(async () => {
  await owner.end();
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
    };
  });
}

describe("calendar feed (ICS)", () => {
  it("a feed URL serves the company's open deadlines as all-day events on the due date", async () => {
    const feed = await createCalendarFeed(a);
    expect(feed.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\?lang=en$/);
    const ics = await unsafeCalendarFeedIcs(feed.token, "en");
    const list = events(ics ?? "");
    expect(list).toEqual(
      expect.arrayContaining([
        {
          summary: "Notification of the contract organisation — NGUYEN VAN AN",
          start: "2026-04-14",
          end: "2026-04-15",
          isDate: true,
        },
        {
          summary: "Extension of the period of stay — NGUYEN VAN AN",
          start: "2027-09-30",
          end: "2027-10-01",
          isDate: true,
        },
      ]),
    );
    expect(list).toHaveLength(2); // the closed duty is not a deadline any more
    expect(ics).not.toContain("B PERSON");
    const ja = events((await unsafeCalendarFeedIcs(feed.token, "ja")) ?? "");
    expect(ja.map((e) => e.summary)).toContain("在留期間更新許可申請 — NGUYEN VAN AN");
  });

  it("only the hash is stored; a revoked, unknown or malformed token gets nothing", async () => {
    const feed = await createCalendarFeed(a);
    const [row] = await owner`select token_hash from calendar_feeds where id = ${feed.id}`;
    expect(row?.token_hash).not.toContain(feed.token);
    await revokeCalendarFeed(a, feed.id);
    expect(await unsafeCalendarFeedIcs(feed.token, "ja")).toBeNull();
    expect(await unsafeCalendarFeedIcs("x".repeat(43), "ja")).toBeNull();
    expect(await unsafeCalendarFeedIcs("../../etc/passwd", "ja")).toBeNull();
    await expect(revokeCalendarFeed(a, feed.id)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "not_found",
    );
  });

  it("company B can neither list nor revoke A's feeds, and its own feed shows only its own deadlines", async () => {
    const feedA = await createCalendarFeed(a);
    expect((await listCalendarFeeds(b)).map((f) => f.id)).not.toContain(feedA.id);
    await expect(revokeCalendarFeed(b, feedA.id)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "not_found",
    );
    expect(await unsafeCalendarFeedIcs(feedA.token, "ja")).not.toBeNull();
    const feedB = await createCalendarFeed(b);
    const list = events((await unsafeCalendarFeedIcs(feedB.token, "en")) ?? "");
    expect(list.map((e) => e.summary)).toEqual(["Extension of the period of stay — B PERSON"]);
  });

  it("a viewer cannot create a feed", async () => {
    await expect(createCalendarFeed({ ...a, actor: { ...a.actor, role: "viewer" } })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "forbidden",
    );
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"在留期間更新許可申請".repeat(6)}`;
    const folded = fold(line).split("\r\n");
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});
