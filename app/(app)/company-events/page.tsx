import { getLocale, getTranslations } from "next-intl/server";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { ruleByRef } from "@/lib/compliance";
import { AppError } from "@/lib/errors";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { COMPANY_EVENT_TYPES } from "@/lib/services/pipeline/event-schemas";
import { listCompanyEvents } from "@/lib/services/pipeline/list-company-events";
import { previewCompanyEvent } from "@/lib/services/pipeline/preview-company-event";
import { RecordCompanyEventForm, WithdrawForm } from "./forms";

type Search = { type?: string; date?: string; detail?: string };
/** The preview lists people with a duty first; past this many rows only the counts are shown. */
const PREVIEW_ROWS = 500;
const input = "rounded-md border border-gray-300 bg-white px-3 py-2 text-base";

/** Preview is a plain GET (no personal data in the query: a type, a date and the company's own detail). */
export default async function CompanyEventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireTenant();
  const t = await getTranslations("companyEvents");
  const tp = await getTranslations("pipeline");
  const locale = (await getLocale()) === "ja" ? "ja" : "en";
  const search = await searchParams;
  const canWrite = session.actor.role !== "viewer";
  const wantsPreview = Boolean(search.type && search.date);
  let preview: Awaited<ReturnType<typeof previewCompanyEvent>> | null = null;
  let previewError: string | null = null;
  if (wantsPreview) {
    try {
      preview = await previewCompanyEvent(session, {
        type: search.type,
        date: search.date,
        detail: search.detail || undefined,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      previewError = error.issues.map((i) => i.message).join(" ") || error.message;
    }
  }
  const events = await listCompanyEvents(session);
  const withDuty = preview?.rows.filter((r) => r.duties.length > 0).length ?? 0;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro")}</p>
      </div>
      {canWrite ? (
        <form
          method="get"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-4"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="ce-type" className="text-sm font-medium">
              {t("type")}
            </label>
            <select
              id="ce-type"
              name="type"
              defaultValue={search.type ?? "org_address_changed"}
              className={input}
            >
              {COMPANY_EVENT_TYPES.map((v) => (
                <option key={v} value={v}>
                  {tp(`types.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="ce-date" className="text-sm font-medium">
              {t("date")}
            </label>
            <input
              id="ce-date"
              type="date"
              name="date"
              required
              defaultValue={search.date ?? todayInJapan()}
              className={input}
            />
          </div>
          <div className="flex min-w-64 flex-1 flex-col gap-1">
            <label htmlFor="ce-detail" className="text-sm font-medium">
              {t("detail")}
            </label>
            <input
              id="ce-detail"
              name="detail"
              maxLength={300}
              defaultValue={search.detail ?? ""}
              className={input}
            />
          </div>
          <button
            type="submit"
            className="rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold"
          >
            {t("preview")}
          </button>
        </form>
      ) : null}
      {previewError ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {previewError}
        </p>
      ) : null}
      {preview && search.type && search.date ? (
        <section aria-labelledby="preview-heading" className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t("previewTitle")}
          </h2>
          <p className="mb-3 text-sm text-gray-700">
            {t("previewCount", { total: preview.total, withDuty })}
          </p>
          <div className="max-h-[28rem] overflow-auto">
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 bg-gray-50">
                <tr>
                  <th className="p-2">{t("employee")}</th>
                  <th className="p-2">{t("status")}</th>
                  <th className="p-2">{t("duties")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.employeeId} className="border-t border-gray-200" data-testid="preview-row">
                    <td className="p-2">{r.name}</td>
                    <td className="p-2">{r.statusCode ? statusLabel(r.statusCode, locale) : "—"}</td>
                    <td className="p-2">
                      {r.duties.length === 0 ? (
                        <span className="text-gray-600">{t("none")}</span>
                      ) : (
                        r.duties.map((d) => (
                          <div key={d.code}>
                            {ruleByRef(d.rule)?.title[locale] ?? d.code} —{" "}
                            <strong>{formatDate(d.dueDate, locale)}</strong>
                          </div>
                        ))
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rows.length > PREVIEW_ROWS ? (
            <p className="mt-2 text-sm text-gray-700">
              {t("more", { count: preview.rows.length - PREVIEW_ROWS })}
            </p>
          ) : null}
          {canWrite ? (
            <div className="mt-4">
              <RecordCompanyEventForm type={search.type} date={search.date} detail={search.detail ?? ""} />
            </div>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="list-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="list-heading" className="mb-3 text-lg font-semibold">
          {t("list")}
        </h2>
        {events.length === 0 ? (
          <p className="text-gray-600">{t("noEvents")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th className="p-2">{t("type")}</th>
                <th className="p-2">{t("date")}</th>
                <th className="p-2 text-right">{t("reached")}</th>
                <th className="p-2 text-right">{t("started")}</th>
                <th className="p-2" />
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-t border-gray-200">
                  <td className="p-2">
                    {tp(`types.${e.type}`)}
                    {typeof e.data.detail === "string" ? (
                      <div className="text-xs text-gray-600">{e.data.detail}</div>
                    ) : null}
                  </td>
                  <td className="p-2">{formatDate(e.date, locale)}</td>
                  <td className="p-2 text-right tabular-nums">{e.employees}</td>
                  <td className="p-2 text-right tabular-nums">{e.duties}</td>
                  <td className="p-2 text-right">
                    {canWrite ? <WithdrawForm companyEventId={e.id} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
