import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/app/_components/risk-badge";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { listCardChecks } from "@/lib/services/data/card-checks";
import { loadOr404 } from "../load";
import { CheckForm } from "./check-form";

export const metadata = { title: "Card checks" };

/** The card verification log of one employee: when the next check is due, the form, and past checks. */
export default async function CardChecksPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const session = await requireTenant();
  const { id } = await params;
  const { saved } = await searchParams;
  const data = await loadOr404(() => listCardChecks(session, id));
  const t = await getTranslations("cardChecks");
  const locale = await getLocale();
  const date = (iso: string | null) => formatDate(iso, locale);
  const canWrite = session.actor.role !== "viewer" && !data.employee.archived && data.currentCard !== null;
  const next = data.nextCheck;
  const nextText =
    next.state === "due_now"
      ? t("next.due_now")
      : next.state === "no_card"
        ? t("next.no_card")
        : next.expiresOn
          ? t("next.at_next_card", { date: date(next.expiresOn) })
          : t("next.at_next_card_indefinite");
  const mark = (done: boolean) => (done ? t("log.yes") : t("log.no"));
  return (
    <div className="flex max-w-4xl flex-col gap-5">
      <Link
        href={`/employees/${data.employee.id}`}
        className="text-sm text-accent underline-offset-2 hover:underline"
      >
        ← {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-lg">{data.employee.nameOnCard}</p>
      </div>
      <p className="text-sm text-gray-700">{t("help")}</p>
      <section
        aria-label={t("title")}
        className="flex flex-col gap-1 rounded-lg border border-gray-200 bg-white p-4"
        data-testid="next-check"
      >
        {data.currentCard ? (
          <p>
            {data.currentCard.expiresOn
              ? t("current", {
                  status: statusLabel(data.currentCard.statusCode, locale),
                  date: date(data.currentCard.expiresOn),
                })
              : t("currentIndefinite", { status: statusLabel(data.currentCard.statusCode, locale) })}
          </p>
        ) : null}
        {data.currentCard?.needsDesignation ? <p className="text-sm">{t("designationNeeded")}</p> : null}
        <p className="flex flex-wrap items-baseline gap-2 font-semibold">
          {next.state === "due_now" ? <RiskBadge tone="warning">{t("log.no")}</RiskBadge> : null}
          {nextText}
        </p>
      </section>
      {saved ? (
        <p
          role="status"
          className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900"
        >
          {t("form.saved")}
        </p>
      ) : null}
      {canWrite ? (
        <section
          aria-labelledby="check-form-heading"
          className="rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="check-form-heading" className="mb-3 font-semibold">
            {t("form.title")}
          </h2>
          <CheckForm
            employeeId={data.employee.id}
            today={todayInJapan()}
            needsDesignation={data.currentCard?.needsDesignation ?? false}
          />
        </section>
      ) : null}
      <section aria-labelledby="log-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="log-heading" className="mb-3 font-semibold">
          {t("log.title")}
        </h2>
        {data.checks.length === 0 ? <p className="text-sm text-gray-600">{t("log.none")}</p> : null}
        <ol className="flex flex-col gap-3" data-testid="check-log">
          {data.checks.map((c) => (
            <li key={c.id} className="rounded-md border border-gray-200 p-3 text-sm">
              <p className="flex flex-wrap items-baseline gap-2">
                <span className="font-semibold">{date(c.checkedOn)}</span>
                <RiskBadge tone={c.result === "ok" ? "ok" : "critical"}>{t(`form.${c.result}`)}</RiskBadge>
                <span className="text-gray-700">
                  {c.onCurrentCard ? t("log.currentCard") : t("log.earlierCard")}
                </span>
                {c.checkerName || c.checkerEmail ? (
                  <span className="text-gray-700">
                    · {t("log.by")} {c.checkerName ?? c.checkerEmail}
                  </span>
                ) : null}
              </p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-gray-800">
                {(["originalSeen", "lapseCheckDone", "icChipRead", "designationRead"] as const).map((k) => (
                  <li key={k}>
                    {t(`log.short.${k}`)}: {mark(c[k])}
                  </li>
                ))}
              </ul>
              {c.note ? <p className="mt-1 whitespace-pre-wrap">{c.note}</p> : null}
              {c.uploadId ? (
                <p className="mt-1">
                  {t("log.file")}:{" "}
                  <a
                    href={`/files/${c.uploadId}`}
                    className="text-accent underline"
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t("log.open")}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
