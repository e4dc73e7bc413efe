import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { nationalityName } from "@/lib/data/nationalities";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { LANGUAGE_NAMES } from "@/lib/i18n/languages";
import { getEmployeeTimeline } from "@/lib/services/dashboard/employee-timeline";
import { getEmployee } from "@/lib/services/get-employee";
import { CheckStatus } from "./_timeline/check-status";
import { DutyList } from "./_timeline/duty-list";
import { History } from "./_timeline/history";
import { WorkSummary } from "./_timeline/work-summary";
import { ArchiveForm } from "./archive-form";
import { ExportSection } from "./export/export-section";
import { loadOr404 } from "./load";

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const today = todayInJapan();
  const [{ employee, cards }, timeline] = await loadOr404(() =>
    Promise.all([getEmployee(session, id), getEmployeeTimeline(session, id, today)]),
  );
  const t = await getTranslations();
  const locale = await getLocale();
  const canWrite = session.actor.role !== "viewer";
  const facts: [string, string][] = [
    [t("fields.nameKana"), employee.nameKana ?? "—"],
    [t("fields.nationality"), nationalityName(employee.nationality, locale)],
    [t("fields.dateOfBirth"), formatDate(employee.dateOfBirth, locale)],
    [t("fields.sex"), employee.sex === "M" ? t("fields.sexM") : t("fields.sexF")],
    [t("fields.preferredLanguage"), LANGUAGE_NAMES[employee.preferredLanguage]],
    [t("fields.email"), employee.email ?? "—"],
    [t("fields.employeeNumber"), employee.employeeNumber ?? "—"],
    [t("fields.department"), employee.department ?? "—"],
    [t("fields.employmentStartedOn"), formatDate(employee.employmentStartedOn, locale)],
    [t("fields.employmentEndedOn"), formatDate(employee.employmentEndedOn, locale)],
    [t("fields.employmentInsurance"), employee.employmentInsurance ? t("common.yes") : t("common.no")],
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{employee.nameOnCard}</h1>
          {employee.archivedAt ? (
            <p className="mt-1 inline-block rounded bg-gray-200 px-2 py-0.5 text-sm">
              {t("employees.archived")}
            </p>
          ) : null}
          <p className="mt-1">
            <Link href={`/employees/${employee.id}/events`} className="font-semibold text-accent underline">
              {t("pipeline.link")}
            </Link>
            {" · "}
            <Link href={`/employees/${employee.id}/links`} className="font-semibold text-accent underline">
              {t("employeeLinks.link")}
            </Link>
          </p>
        </div>
        {canWrite && !employee.archivedAt ? (
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/employees/${employee.id}/edit`}
              className="rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold"
            >
              {t("employees.edit")}
            </Link>
            <Link
              href={`/employees/${employee.id}/card`}
              className="rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold"
            >
              {t("employees.recordCard")}
            </Link>
          </div>
        ) : null}
      </div>
      <WorkSummary evaluation={timeline.evaluation} />
      <DutyList duties={timeline.duties} today={today} />
      <section aria-labelledby="person-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="person-heading" className="mb-3 font-semibold">
          {t("employees.personSection")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-gray-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="cards-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="cards-heading" className="mb-3 font-semibold">
          {t("employees.cardHistory")}
        </h2>
        <div className="mb-3">
          <CheckStatus employeeId={employee.id} state={timeline.cardCheck} />
        </div>
        <ol className="flex flex-col gap-3">
          {cards.map((card, index) => (
            <li
              key={card.id}
              className={`rounded-md border p-3 ${index === 0 ? "border-accent" : "border-gray-200 text-gray-700"}`}
            >
              <p className="text-sm font-semibold">
                {index === 0 ? t("employees.current") : t("employees.superseded")}
              </p>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-4">
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.statusCode")}</dt>
                  <dd>{statusLabel(card.statusCode, locale)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.periodOfStayExpiresOn")}</dt>
                  <dd>
                    {card.periodOfStayExpiresOn
                      ? formatDate(card.periodOfStayExpiresOn, locale)
                      : t("employees.indefinite")}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.cardExpiresOn")}</dt>
                  <dd>{formatDate(card.cardExpiresOn, locale)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.cardNumber")}</dt>
                  <dd className="font-mono">{card.cardNumberMasked ?? "—"}</dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.workRestriction")}</dt>
                  <dd>{card.workRestriction ?? "—"}</dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-600">{t("fields.extraActivityPermission")}</dt>
                  <dd>
                    {t(
                      `fields.permission${card.extraActivityPermission[0]?.toUpperCase()}${card.extraActivityPermission.slice(1)}` as "fields.permissionNone",
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      </section>
      <History items={timeline.items} />
      {canWrite ? <ExportSection employeeId={employee.id} /> : null}
      {canWrite && !employee.archivedAt ? <ArchiveForm employeeId={employee.id} /> : null}
    </div>
  );
}
