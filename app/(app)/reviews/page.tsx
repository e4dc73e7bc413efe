import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { ruleByRef } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import { listReviewQueue } from "@/lib/services/self-service/review-queue";
import { DecisionForm } from "./_components/decision-form";
import { reviewConfirmationAction } from "./actions";

export const metadata = { title: "Reviews" };

const DONE = ["accepted", "returned", "cardAccepted"] as const;

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const session = await requireTenant();
  const t = await getTranslations("reviews");
  const locale = await getLocale();
  const lang = locale === "ja" ? "ja" : "en";
  const { done } = await searchParams;
  const queue = await listReviewQueue(session);
  const canWrite = session.actor.role !== "viewer";
  const when = (d: Date) =>
    new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Tokyo",
    }).format(d);
  const channel = { online: t("channelOnline"), counter: t("channelCounter"), post: t("channelPost") };
  const doneKey = DONE.find((d) => d === done);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-600">{t("help")}</p>
      </div>
      {doneKey ? (
        <p
          role="status"
          className="rounded-md border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900"
        >
          {t(doneKey)}
        </p>
      ) : null}
      <section aria-labelledby="confirmations-heading" className="flex flex-col gap-2">
        <h2 id="confirmations-heading" className="text-lg font-semibold">
          {t("confirmations")}{" "}
          <span className="text-sm font-normal text-gray-600">({queue.confirmations.length})</span>
        </h2>
        {queue.confirmations.length === 0 ? (
          <p className="rounded-md border border-dashed border-gray-300 bg-white p-4 text-gray-600">
            {t("none")}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
            <table className="w-full border-collapse text-sm">
              <thead className="sticky top-0 bg-gray-50 text-left">
                <tr>
                  {[t("employee"), t("duty"), t("filedOn"), t("proof")].map((h) => (
                    <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                      {h}
                    </th>
                  ))}
                  {canWrite ? (
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("accept")}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {queue.confirmations.map((c) => {
                  const title = ruleByRef(c.rule)?.title[lang] ?? c.code;
                  return (
                    <tr
                      key={c.id}
                      className="border-t border-gray-100 align-top"
                      data-testid="confirmation-row"
                    >
                      <td className="px-3 py-2">
                        <Link
                          href={`/employees/${c.employeeId}`}
                          className="font-medium text-accent underline-offset-2 hover:underline"
                        >
                          {c.employeeName}
                        </Link>
                        <div className="text-xs text-gray-600">
                          {t("sentAt")}: {when(c.createdAt)}
                        </div>
                      </td>
                      <td className="px-3 py-2">
                        <div className="font-medium">{title}</div>
                        <div className="text-xs text-gray-700">
                          {t("eventDate")}: {formatDate(c.triggerDate, locale)}
                        </div>
                        <div className="text-xs text-gray-700">
                          {t("dueDate")}: {formatDate(c.dueDate, locale)}
                        </div>
                      </td>
                      <td className="px-3 py-2">
                        <div className="whitespace-nowrap">{formatDate(c.filedOn, locale)}</div>
                        <div className="text-xs text-gray-700">{channel[c.channel]}</div>
                      </td>
                      <td className="px-3 py-2">
                        <div className="whitespace-nowrap font-mono">
                          <span className="sr-only">{t("receiptNumber")}: </span>
                          {c.receiptNumber ?? "—"}
                        </div>
                        {c.uploadId ? (
                          <a
                            href={`/files/${c.uploadId}`}
                            target="_blank"
                            rel="noopener"
                            className="text-accent underline"
                          >
                            {t("openFile")}
                          </a>
                        ) : (
                          <span className="text-gray-600">{t("noFile")}</span>
                        )}
                      </td>
                      {canWrite ? (
                        <td className="w-56 px-3 py-2">
                          <DecisionForm
                            action={reviewConfirmationAction}
                            idName="confirmationId"
                            id={c.id}
                            label={`${c.employeeName} ${title}`}
                          />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="cards-heading" className="flex flex-col gap-2">
        <h2 id="cards-heading" className="text-lg font-semibold">
          {t("cards")} <span className="text-sm font-normal text-gray-600">({queue.cards.length})</span>
        </h2>
        {queue.cards.length === 0 ? (
          <p className="rounded-md border border-dashed border-gray-300 bg-white p-4 text-gray-600">
            {t("none")}
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {queue.cards.map((c) => (
              <li
                key={c.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-3"
                data-testid="card-row"
              >
                <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  <Link
                    href={`/employees/${c.employeeId}`}
                    className="font-medium text-accent underline-offset-2 hover:underline"
                  >
                    {c.employeeName}
                  </Link>
                  <span>{statusLabel(c.statusCode, locale)}</span>
                  <span>
                    {t("cardPeriod")}: {formatDate(c.periodOfStayExpiresOn, locale)}
                  </span>
                  <span className="font-mono">{c.cardNumberLast4 ? `••••${c.cardNumberLast4}` : "—"}</span>
                  <span className="text-gray-600">{when(c.createdAt)}</span>
                </div>
                <Link
                  href={`/reviews/cards/${c.id}`}
                  className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong"
                >
                  {t("reviewCard")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
