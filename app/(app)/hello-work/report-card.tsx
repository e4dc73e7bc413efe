import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/app/_components/risk-badge";
import { daysBetween } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import { type HelloWorkReport, reportFields, routeNameJa } from "@/lib/services/data/hello-work";
import { CopyButton } from "../_data/copy-button";

/** One report: kind, deadline in large type, the form to use, then each field with its own copy button. */
export async function ReportCard({ report, today }: { report: HelloWorkReport; today: string }) {
  const t = await getTranslations("helloWork");
  const locale = await getLocale();
  const fields = reportFields(report);
  const left = daysBetween(today, report.dueDate);
  const done = report.dutyStatus === "closed";
  const tone = done ? "ok" : left < 0 ? "critical" : left <= 14 ? "warning" : "info";
  return (
    <li
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="hw-report"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="flex flex-wrap items-baseline gap-2 font-semibold">
          <RiskBadge tone="info">{t(report.kind)}</RiskBadge>
          <span>{report.fields.nameOnCard}</span>
          <span className="text-sm font-normal text-gray-700">{formatDate(report.eventDate, locale)}</span>
        </h2>
        <p className="flex flex-wrap items-baseline gap-2">
          <span className="text-sm">{t("due")}</span>
          <span className="text-xl font-bold">{formatDate(report.dueDate, locale)}</span>
          <RiskBadge tone={tone}>
            {t.has(`status.${report.dutyStatus}`)
              ? t(`status.${report.dutyStatus}` as "status.open")
              : report.dutyStatus}
          </RiskBadge>
        </p>
      </div>
      {report.strictDueDate && report.strictDueDate !== report.dueDate ? (
        <p className="text-sm text-gray-700">
          {t("strict", { date: formatDate(report.strictDueDate, locale) })}
        </p>
      ) : null}
      <p className="text-sm">
        <span className="font-medium">{t("form")}: </span>
        {routeNameJa(report.route)}
      </p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {fields.map(([label, value]) => (
          <div key={label} className="flex items-center justify-between gap-2 border-b border-gray-100 pb-1">
            <dt className="text-gray-700">{label}</dt>
            <dd className="flex items-center gap-2">
              <span className="font-medium">{value || "—"}</span>
              {value ? <CopyButton value={value} label={t("copy")} done={t("copied")} /> : null}
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <CopyButton value={fields.map(([, v]) => v).join("\t")} label={t("copyAll")} done={t("copied")} />
      </div>
    </li>
  );
}
