import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate } from "@/lib/i18n/format";
import { getEmployeePipeline } from "@/lib/services/pipeline/get-employee-pipeline";
import { loadOr404 } from "../load";
import { DutyList } from "./duty-list";
import { RecordEventForm } from "./record-event-form";
import { EventRowForms } from "./row-forms";

const WORK_STYLE: Record<string, string> = {
  authorized: "border-green-700 bg-green-50",
  limited: "border-amber-700 bg-amber-50",
  special_period: "border-amber-700 bg-amber-50",
  check_designation: "border-amber-700 bg-amber-50",
  not_authorized: "border-red-700 bg-red-50",
};

export default async function EmployeeEventsPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const data = await loadOr404(() => getEmployeePipeline(session, id));
  const t = await getTranslations("pipeline");
  const locale = (await getLocale()) === "ja" ? "ja" : "en";
  const canWrite = session.actor.role !== "viewer" && !data.employee.archivedAt;
  const work = data.work;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/employees/${id}`} className="text-sm text-accent underline">
          {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">
          {data.employee.name} — {t("title")}
        </h1>
      </div>
      {work ? (
        <section
          aria-labelledby="work-heading"
          className={`rounded-lg border p-4 ${WORK_STYLE[work.state] ?? ""}`}
        >
          <h2 id="work-heading" className="text-sm text-gray-700">
            {t("workTitle")}
          </h2>
          <p className="text-lg font-semibold">{t(`workState.${work.state}`)}</p>
          {work.state !== "not_authorized" ? (
            <p className="text-xl font-bold" data-testid="may-work-until">
              {work.until ? t("mayWorkUntil", { date: formatDate(work.until, locale) }) : t("noEnd")}
            </p>
          ) : null}
        </section>
      ) : null}
      {data.failed.length > 0 ? (
        <section aria-labelledby="failed-heading" className="rounded-lg border border-red-700 bg-red-50 p-4">
          <h2 id="failed-heading" className="font-semibold text-red-900">
            {t("failedTitle")}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {data.failed.map((f) => (
              <li key={f.id}>
                {formatDate(f.sendOn, locale)} · {t(`recipient.${f.recipientType}`)} · {f.lastError}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t("failedHint")}</p>
        </section>
      ) : null}
      <section aria-labelledby="duties-heading">
        <h2 id="duties-heading" className="mb-3 text-lg font-semibold">
          {t("dutiesTitle")}
        </h2>
        <DutyList
          duties={data.duties}
          today={data.today}
          locale={locale}
          employeeId={id}
          canWrite={canWrite}
        />
      </section>
      {canWrite ? (
        <section aria-labelledby="record-heading" className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 id="record-heading" className="mb-3 text-lg font-semibold">
            {t("recordTitle")}
          </h2>
          <RecordEventForm employeeId={id} statusCode={data.currentStatus} today={data.today} />
        </section>
      ) : null}
      <section aria-labelledby="events-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="events-heading" className="mb-3 text-lg font-semibold">
          {t("eventsTitle")}
        </h2>
        {data.events.length === 0 ? (
          <p className="text-gray-600">{t("noEvents")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-gray-200">
            {data.events.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {t(`types.${e.type}` as "types.moved_house")}
                    {e.companyEventId ? (
                      <span className="ml-2 rounded bg-gray-200 px-2 py-0.5 text-xs">{t("companyWide")}</span>
                    ) : null}
                  </p>
                  <p className="text-sm text-gray-700">{formatDate(e.date, locale)}</p>
                </div>
                {canWrite && !e.companyEventId && e.type !== "renewal_decided" ? (
                  <EventRowForms employeeId={id} eventId={e.id} date={e.date} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
