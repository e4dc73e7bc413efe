import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/app/_components/risk-badge";
import { loadOr404 } from "@/app/(app)/employees/[id]/load";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { getEmployeeHours } from "@/lib/services/data/employee-hours";
import { AddVacationForm, RemoveVacationForm } from "./vacation-forms";

export const metadata = { title: "Part-time hours" };

/** One person's schedule: flags, the most each coming day may take, shifts and long vacations. */
export default async function EmployeeHoursPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const today = todayInJapan();
  const data = await loadOr404(() => getEmployeeHours(session, id, today));
  const t = await getTranslations("hours");
  const locale = await getLocale();
  const date = (iso: string) => formatDate(iso, locale);
  const canWrite = session.actor.role !== "viewer";
  const future = data.schedule.shifts.filter((s) => s.date >= today);
  const past = data.schedule.shifts.filter((s) => s.date < today).reverse();
  return (
    <div className="flex max-w-4xl flex-col gap-5">
      <Link href="/hours" className="text-sm text-accent underline-offset-2 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("detailTitle", { name: data.person.nameOnCard })}</h1>
      <p>{t("lastSeven", { h: data.lastSevenDays })}</p>
      <section aria-labelledby="flags-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="flags-heading" className="mb-2 font-semibold">
          {t("flagsTitle")}
        </h2>
        {data.flags.length === 0 ? (
          <p className="text-sm">
            <RiskBadge tone="ok">{t("ok")}</RiskBadge> {t("noFlags")}
          </p>
        ) : null}
        <ul className="flex flex-col gap-1 text-sm">
          {data.flags.map((f) => (
            <li key={`${f.kind}-${f.from}`} className="flex flex-wrap items-baseline gap-2">
              <RiskBadge tone={f.planned ? "critical" : "warning"}>
                {f.planned ? t("plannedOver") : t("pastOver")}
              </RiskBadge>
              {t(`flag.${f.kind}`, { from: date(f.from), to: date(f.to), hours: f.hours, limit: f.limit })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ahead-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="ahead-heading" className="mb-2 font-semibold">
          {t("aheadTitle")}
        </h2>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("aheadTitle")}</caption>
          <thead className="text-left">
            <tr>
              <th scope="col" className="py-1">
                {t("aheadDay")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("aheadMax")}
              </th>
              <th scope="col" className="py-1 pl-4">
                {t("aheadWhy")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.ahead.map((d) => (
              <tr key={d.date} className="border-t border-gray-100">
                <td className="py-1">{date(d.date)}</td>
                <td className="num py-1">{t("hoursUnit", { h: d.maxHours })}</td>
                <td className="py-1 pl-4">
                  {t(`reason.${d.reason}`, {
                    from: d.window ? date(d.window.from) : "",
                    to: d.window ? date(d.window.to) : "",
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {data.person.hasVacationRule ? (
        <section
          aria-labelledby="vacations-heading"
          className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="vacations-heading" className="font-semibold">
            {t("vacations")}
          </h2>
          <p className="text-sm text-gray-700">{t("vacationsHelp")}</p>
          {data.schedule.vacations.length === 0 ? (
            <p className="text-sm text-gray-600">{t("noVacations")}</p>
          ) : null}
          <ul className="flex flex-col gap-2 text-sm">
            {data.schedule.vacations.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center gap-3">
                {date(v.startsOn)} – {date(v.endsOn)}
                {canWrite ? (
                  <RemoveVacationForm
                    vacationId={v.id}
                    text={t("remove")}
                    label={`${t("remove")}: ${date(v.startsOn)} – ${date(v.endsOn)}`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {canWrite ? <AddVacationForm employeeId={data.person.employeeId} /> : null}
        </section>
      ) : (
        <p className="text-sm text-gray-700">{t("notStudent")}</p>
      )}
      <section aria-labelledby="shifts-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="shifts-heading" className="mb-2 font-semibold">
          {t("shiftsTitle")}
        </h2>
        {data.schedule.shifts.length === 0 ? <p className="text-sm text-gray-600">{t("noShifts")}</p> : null}
        <ul className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          {[...future, ...past].map((s) => (
            <li key={s.date} className={s.date < today ? "text-gray-600" : ""}>
              {date(s.date)}: <span className="num">{t("hoursUnit", { h: s.hours })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
