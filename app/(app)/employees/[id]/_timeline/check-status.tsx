import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge } from "@/app/_components/risk-badge";
import { formatDate } from "@/lib/i18n/format";
import type { CardCheckState } from "@/lib/services/dashboard/employee-timeline";

/** The card-check line on the employee page: due now (a new card, never checked) or when the next card comes. */
export async function CheckStatus({ employeeId, state }: { employeeId: string; state: CardCheckState }) {
  const t = await getTranslations("empPage.checks");
  const locale = await getLocale();
  const text =
    state.state === "no_card"
      ? t("noCard")
      : state.state === "due_now"
        ? t("dueNow", { date: formatDate(state.since, locale) })
        : state.expiresOn
          ? t("atNext", {
              date: formatDate(state.lastOkOn, locale),
              expires: formatDate(state.expiresOn, locale),
            })
          : t("atNextIndefinite", { date: formatDate(state.lastOkOn, locale) });
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-200 bg-gray-50 p-3 text-sm"
      data-testid="check-status"
    >
      <span className="flex flex-wrap items-baseline gap-2">
        <span className="font-semibold">{t("title")}</span>
        {state.state === "due_now" ? <RiskBadge tone="warning">{t("notChecked")}</RiskBadge> : null}
        <span>{text}</span>
      </span>
      <Link
        href={`/employees/${employeeId}/checks`}
        className="rounded-md border border-gray-300 bg-white px-3 py-1.5 font-semibold hover:bg-gray-50"
      >
        {t("link")}
      </Link>
    </div>
  );
}
