import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dutyTitle } from "@/app/_components/duty-label";
import { EmptyState } from "@/app/_components/empty-state";
import { RiskBadge } from "@/app/_components/risk-badge";
import { requireTenant } from "@/lib/auth/tenant";
import { daysBetween } from "@/lib/compliance";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { listOpenDuties, type OpenDutyState } from "@/lib/services/dashboard/list-open-duties";

export const metadata = { title: "Duties" };

/** /dashboard/duties?state=overdue|due_soon — every duty behind the overview's count, earliest first. */
export default async function OpenDutiesPage({
  searchParams,
}: {
  searchParams: Promise<{ state?: string; page?: string }>;
}) {
  const session = await requireTenant();
  const raw = await searchParams;
  const state: OpenDutyState = raw.state === "due_soon" ? "due_soon" : "overdue";
  const page = Math.min(Math.max(1, Number.parseInt(raw.page ?? "1", 10) || 1), 10_000);
  const t = await getTranslations("overview");
  const te = await getTranslations("empPage.duties");
  const locale = await getLocale();
  const today = todayInJapan();
  const result = await listOpenDuties(session, state, today, page);
  const title = t(state === "overdue" ? "overdue.title" : "dueSoon.title");
  return (
    <div className="flex flex-col gap-4">
      <Link href="/dashboard" className="text-sm text-accent underline-offset-2 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-sm text-gray-700" data-testid="duties-count">
        {t("seeAll", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState>{t(state === "overdue" ? "overdue.none" : "dueSoon.none")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {te("due")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("dutyCols.employee")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("dutyCols.duty")}
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  {t("dutyCols.owner")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((d) => {
                const left = daysBetween(today, d.dueDate);
                return (
                  <tr key={d.id} className="border-t border-gray-100 align-top">
                    <td className="whitespace-nowrap px-3 py-2">
                      <div>{formatDate(d.dueDate, locale)}</div>
                      <RiskBadge tone={left < 0 ? "critical" : "warning"}>
                        {left < 0 ? t("daysOverdue", { n: -left }) : t("daysLeft", { n: left })}
                      </RiskBadge>
                    </td>
                    <td className="px-3 py-2">
                      <Link
                        href={`/employees/${d.employeeId}`}
                        className="font-medium text-accent underline-offset-2 hover:underline"
                      >
                        {d.nameOnCard}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      {dutyTitle(d.rule, d.code, locale)}
                      <div className="mt-0.5 flex flex-wrap gap-1">
                        {d.toConfirm ? <RiskBadge tone="warning">{te("toConfirm")}</RiskBadge> : null}
                        {d.approximate ? <RiskBadge tone="warning">{te("approximate")}</RiskBadge> : null}
                        {d.muted ? <RiskBadge tone="info">{te("muted")}</RiskBadge> : null}
                      </div>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">{te(`owner.${d.owner}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-2">
          {page > 1 ? (
            <Link
              className="rounded border border-gray-300 bg-white px-3 py-2"
              href={`/dashboard/duties?state=${state}&page=${page - 1}`}
            >
              {t("previous")}
            </Link>
          ) : null}
          {page < result.pageCount ? (
            <Link
              className="rounded border border-gray-300 bg-white px-3 py-2"
              href={`/dashboard/duties?state=${state}&page=${page + 1}`}
            >
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
