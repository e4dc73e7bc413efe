import crypto from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { calendarFeeds, users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { withTenant } from "@/db/tenant";
import { ruleByRef } from "@/lib/compliance";
import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { type IcsEvent, renderIcs } from "./ics";

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const feedUrl = (token: string, locale: HrLocale) =>
  `${getEnv().APP_URL}/api/calendar/${token}${locale === "en" ? "?lang=en" : ""}`;

/**
 * A secret feed URL of the company's deadlines. Only the token's hash is stored, so the URL is shown once;
 * it works until revoked. The token is the only credential a calendar app can send.
 */
export async function createCalendarFeed(
  ctx: ServiceContext,
): Promise<{ id: string; token: string; url: string }> {
  assertCanWrite(ctx);
  const token = crypto.randomBytes(32).toString("base64url");
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .insert(calendarFeeds)
      .values({
        companyId: ctx.companyId,
        tokenHash: sha256(token),
        createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      })
      .returning({ id: calendarFeeds.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, ctx, {
      action: "calendar_feed.created",
      entityType: "calendar_feed",
      entityId: row.id,
    });
    return { id: row.id, token, url: feedUrl(token, ctx.locale) };
  });
}

export async function listCalendarFeeds(ctx: ServiceContext) {
  return withTenant(ctx, (tx) =>
    tx
      .select({
        id: calendarFeeds.id,
        createdAt: calendarFeeds.createdAt,
        revokedAt: calendarFeeds.revokedAt,
        createdByName: users.name,
        createdByEmail: users.email,
      })
      .from(calendarFeeds)
      .leftJoin(users, eq(users.id, calendarFeeds.createdBy))
      .where(eq(calendarFeeds.companyId, ctx.companyId))
      .orderBy(desc(calendarFeeds.createdAt)),
  );
}

/** Revoking is final: the URL stops answering at once (a new feed gets a new URL). */
export async function revokeCalendarFeed(ctx: ServiceContext, feedId: string): Promise<void> {
  assertCanWrite(ctx);
  if (!isUuid(feedId)) throw notFound("calendar feed");
  await withTenant(ctx, async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(calendarFeeds.companyId, ctx.companyId),
          eq(calendarFeeds.id, feedId),
          isNull(calendarFeeds.revokedAt),
        ),
      )
      .returning({ id: calendarFeeds.id });
    if (revoked.length === 0) throw notFound("calendar feed");
    await writeAudit(tx, ctx, {
      action: "calendar_feed.revoked",
      entityType: "calendar_feed",
      entityId: feedId,
    });
  });
}

/**
 * The feed for a token, before any tenant is known (system connection: the token is the credential).
 * Unknown, malformed and revoked tokens are all `null`, so a caller learns nothing about which it was.
 */
export async function unsafeCalendarFeedIcs(
  token: string,
  locale: HrLocale,
  now = new Date(),
): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const [feed] = await systemConnection()
    .db.select({ companyId: calendarFeeds.companyId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, sha256(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) return null;
  const { companyId } = feed;
  const { rows, company } = await withTenant({ companyId }, async (tx) => {
    const [named] = (await tx.execute(
      sql`select legal_name_ja as name from companies where id = ${companyId}::uuid`,
    )) as unknown as { name: string }[];
    const duties = (await tx.execute(sql`
      select d.id, d.employee_id as "employeeId", e.name_on_card as name, d.code, d.rule, d.due_date::text as "dueDate", d.status, d.to_confirm as "toConfirm"
      from duties d join employees e on e.company_id = d.company_id and e.id = d.employee_id and e.archived_at is null
      where d.company_id = ${companyId}::uuid and d.status in ('open', 'submitted')
      order by d.due_date, d.id`)) as unknown as {
      id: string;
      employeeId: string;
      name: string;
      code: string;
      rule: string;
      dueDate: string;
      status: string;
      toConfirm: boolean;
    }[];
    return { rows: duties, company: named?.name };
  });
  const base = getEnv().APP_URL;
  const events: IcsEvent[] = rows.map((r) => {
    const title = ruleByRef(r.rule)?.title[locale] ?? r.code;
    const flags = [
      r.status === "submitted" ? (locale === "ja" ? "確認待ち" : "awaiting review") : null,
      r.toConfirm ? (locale === "ja" ? "要確認" : "to confirm") : null,
    ].filter(Boolean);
    return {
      uid: `duty-${r.id}@zairyu`,
      date: r.dueDate,
      summary: `${title} — ${r.name}${flags.length ? ` (${flags.join(", ")})` : ""}`,
      description: `${r.rule}`,
      url: `${base}/employees/${r.employeeId}`,
    };
  });
  return renderIcs({ name: `Zairyu${company ? ` — ${company}` : ""}`, events, stamp: now });
}
