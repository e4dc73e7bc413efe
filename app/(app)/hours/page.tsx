import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { RiskBadge } from "@/app/_components/risk-badge";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { listHoursOverview } from "@/lib/services/data/hours";
import { ShiftImport } from "./shift-import";

export const metadata = { title: "Part-time hours" };

/** Everyone under the 28-hour rule, planned breaches first, and the shift import. */
export default async function HoursPage() {
  const session = await requireTenant();
  const t = await getTranslations("hours");
  const locale = await getLocale();
  const rows = await listHoursOverview(session, todayInJapan());
  const canWrite = session.actor.role !== "viewer";
  const link = "rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-gray-50";
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{t("help")}</p>
      {canWrite ? (
        <section
          aria-labelledby="shift-import-heading"
          className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="shift-import-heading" className="font-semibold">
            {t("import")}
          </h2>
          <p className="text-sm text-gray-700">{t("importHelp")}</p>
          <div className="flex flex-wrap gap-2">
            <a href="/hours/template" className={link} download>
              {t("template")} (UTF-8)
            </a>
            <a href="/hours/template?encoding=shift_jis" className={link} download>
              {t("template")} (Shift_JIS)
            </a>
          </div>
          <ShiftImport />
        </section>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("cols.name")}
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  {t("cols.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("cols.last7")}
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right sm:table-cell">
                  {t("cols.planned")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("cols.flags")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const planned = r.flags.some((f) => f.planned);
                return (
                  <tr
                    key={r.employeeId}
                    className="border-t border-gray-100 align-top"
                    data-testid="hours-row"
                  >
                    <td className="px-3 py-2">
                      <Link
                        href={`/hours/${r.employeeId}`}
                        className="font-medium text-accent underline-offset-2 hover:underline"
                      >
                        {r.nameOnCard}
                      </Link>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">{statusLabel(r.statusCode, locale)}</td>
                    <td className="num px-3 py-2">{t("hoursUnit", { h: r.lastSevenDays })}</td>
                    <td className="num hidden px-3 py-2 sm:table-cell">
                      {t("plannedN", { n: r.plannedShifts })}
                    </td>
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-1">
                        <RiskBadge tone={planned ? "critical" : r.flags.length ? "warning" : "ok"}>
                          {planned ? t("plannedOver") : r.flags.length ? t("pastOver") : t("ok")}
                        </RiskBadge>
                        {r.toConfirm ? (
                          <RiskBadge tone="warning">{t("toConfirm", { n: r.toConfirm })}</RiskBadge>
                        ) : null}
                      </div>
                      <ul className="mt-1 text-xs text-gray-800">
                        {r.flags.map((f) => (
                          <li key={`${f.kind}-${f.from}`}>
                            {t(`flag.${f.kind}`, {
                              from: formatDate(f.from, locale),
                              to: formatDate(f.to, locale),
                              hours: f.hours,
                              limit: f.limit,
                            })}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
