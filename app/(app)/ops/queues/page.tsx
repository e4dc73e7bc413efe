import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate } from "@/lib/i18n/format";
import { getQueueOverview } from "@/lib/services/pipeline/queue-overview";

const COLUMNS = ["waiting", "active", "delayed", "completed", "failed"] as const;

/** Owners only: anyone else gets a plain 404, like a page that does not exist. */
export default async function QueuesPage() {
  const session = await requireTenant();
  if (session.actor.role !== "owner") notFound();
  const t = await getTranslations("opsQueues");
  const tp = await getTranslations("pipeline");
  const locale = await getLocale();
  const data = await getQueueOverview(session);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro")}</p>
      </div>
      <section className="rounded-lg border border-gray-200 bg-white p-4">
        {data.queues ? (
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th className="p-2">{t("queue")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} className="p-2 text-right">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.queues.map((q) => (
                <tr key={q.name} className="border-t border-gray-200">
                  <td className="p-2 font-mono">{q.name}</td>
                  {COLUMNS.map((c) => (
                    <td
                      key={c}
                      className={`p-2 text-right tabular-nums ${c === "failed" && q[c] > 0 ? "font-bold text-red-800" : ""}`}
                    >
                      {q[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p role="status" className="text-amber-900">
            {t("unavailable")}
          </p>
        )}
      </section>
      <section aria-labelledby="outbox-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="outbox-heading" className="mb-3 text-lg font-semibold">
          {t("outbox")}
        </h2>
        <table className="w-full max-w-md text-left text-sm">
          <thead className="bg-gray-50">
            <tr>
              <th className="p-2">{t("status")}</th>
              <th className="p-2 text-right">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {data.byStatus.map((r) => (
              <tr key={r.status} className="border-t border-gray-200">
                <td className="p-2">{t(`statuses.${r.status}`)}</td>
                <td className="p-2 text-right tabular-nums">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.failed.length > 0 ? (
          <>
            <h3 className="mt-4 mb-2 font-semibold text-red-900">{t("failedRows")}</h3>
            <table className="w-full text-left text-sm">
              <thead className="bg-gray-50">
                <tr>
                  <th className="p-2">{t("when")}</th>
                  <th className="p-2">{t("recipient")}</th>
                  <th className="p-2">{t("error")}</th>
                  <th className="p-2" />
                </tr>
              </thead>
              <tbody>
                {data.failed.map((f) => (
                  <tr key={f.id} className="border-t border-gray-200">
                    <td className="p-2">{formatDate(f.sendOn, locale)}</td>
                    <td className="p-2">{tp(`recipient.${f.recipientType}`)}</td>
                    <td className="p-2">{f.lastError}</td>
                    <td className="p-2">
                      {f.employeeId ? (
                        <Link className="text-accent underline" href={`/employees/${f.employeeId}/events`}>
                          {tp("link")}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>
    </div>
  );
}
