import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/app/_components/risk-badge";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { listCalendarFeeds } from "@/lib/services/data/calendar-feeds";
import { CreateFeedForm, RevokeFeedForm } from "./feed-forms";

export const metadata = { title: "Calendar feed" };

/** Secret, revocable ICS URLs of the company's deadlines. */
export default async function CalendarSettingsPage() {
  const session = await requireTenant();
  const t = await getTranslations("calendarFeeds");
  const locale = await getLocale();
  const feeds = await listCalendarFeeds(session);
  const canWrite = session.actor.role !== "viewer";
  const day = (d: Date) => formatDate(todayInJapan(d), locale);
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-gray-700">{t("help")}</p>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-amber-900">
        {t("privacy")}
      </p>
      {canWrite ? <CreateFeedForm /> : null}
      <section aria-labelledby="feeds-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="feeds-heading" className="mb-2 font-semibold">
          {t("list")}
        </h2>
        {feeds.length === 0 ? <p className="text-sm text-gray-600">{t("none")}</p> : null}
        <ul className="divide-y divide-gray-100">
          {feeds.map((f) => (
            <li
              key={f.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              data-testid="feed-row"
            >
              <span className="flex flex-wrap items-baseline gap-2">
                <RiskBadge tone={f.revokedAt ? "info" : "ok"}>
                  {f.revokedAt ? t("revoked", { date: day(f.revokedAt) }) : t("active")}
                </RiskBadge>
                {t("createdBy", { date: day(f.createdAt), name: f.createdByName ?? f.createdByEmail ?? "—" })}
              </span>
              {canWrite && !f.revokedAt ? <RevokeFeedForm feedId={f.id} /> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
