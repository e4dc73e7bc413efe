import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dutyTitle } from "@/app/_components/duty-label";
import { EmptyState } from "@/app/_components/empty-state";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate } from "@/lib/i18n/format";
import { listFailedEmails } from "@/lib/services/dashboard/failed-emails";

export const metadata = { title: "Failed emails" };

/** The overview's "emails that failed" count links here: every failed reminder, to follow up by hand. */
export default async function FailedEmailsPage() {
  const session = await requireTenant();
  const t = await getTranslations("overview");
  const locale = await getLocale();
  const rows = await listFailedEmails(session);
  const kind = (k: string) => (t.has(`mailKind.${k}`) ? t(`mailKind.${k}` as "mailKind.created") : k);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/dashboard" className="text-sm text-accent underline-offset-2 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("emailsTitle")}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{t("emailsHelp")}</p>
      {rows.length === 0 ? (
        <EmptyState>{t("emailsNone")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("emailsTitle")}</caption>
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("emailCols.sendOn")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("emailCols.recipient")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("emailCols.kind")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("emailCols.attempts")}
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  {t("emailCols.error")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-gray-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{formatDate(r.sendOn, locale)}</td>
                  <td className="px-3 py-2">
                    {r.employeeId ? (
                      <Link
                        href={`/employees/${r.employeeId}`}
                        className="font-medium text-accent underline-offset-2 hover:underline"
                      >
                        {r.nameOnCard}
                      </Link>
                    ) : (
                      (r.recipientName ?? "—")
                    )}
                    <div className="text-xs text-gray-600">
                      {t(`recipient.${r.recipientType}` as "recipient.hr")}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    {kind(r.kind)}
                    {r.dutyRule && r.dutyCode ? (
                      <div className="text-xs text-gray-600">{dutyTitle(r.dutyRule, r.dutyCode, locale)}</div>
                    ) : null}
                  </td>
                  <td className="num px-3 py-2">{r.attempts}</td>
                  <td className="hidden break-all px-3 py-2 font-mono text-xs md:table-cell">
                    {r.lastError ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
