import { getLocale, getTranslations } from "next-intl/server";
import { RiskBadge, type Tone } from "@/app/_components/risk-badge";
import type { TEvaluateResult } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";

const TONE: Record<string, Tone> = {
  authorized: "ok",
  limited: "info",
  special_period: "warning",
  not_authorized: "critical",
  check_designation: "info",
};
const SEVERITY_TONE: Record<string, Tone> = { critical: "critical", warning: "warning", info: "info" };

/** "May this person work today?" in large type, with the engine's limits, renewal window and advisories. */
export async function WorkSummary({ evaluation }: { evaluation: TEvaluateResult | null }) {
  const t = await getTranslations("empPage");
  const locale = await getLocale();
  const date = (iso: string | null) => formatDate(iso, locale);
  if (!evaluation)
    return (
      <section
        aria-labelledby="work-heading"
        className="rounded-lg border border-l-4 border-gray-200 border-l-amber-600 bg-white p-4"
      >
        <h2 id="work-heading" className="font-semibold">
          {t("work.title")}
        </h2>
        <p className="mt-2">
          <RiskBadge tone="warning">{t("work.unknown")}</RiskBadge>{" "}
          <span className="text-sm">{t("work.cannotEvaluate")}</span>
        </p>
      </section>
    );
  const { work, renewal, advisories } = evaluation;
  const tone = TONE[work.state] ?? "info";
  return (
    <section
      aria-labelledby="work-heading"
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="work-summary"
    >
      <h2 id="work-heading" className="font-semibold">
        {t("work.title")}
      </h2>
      <p className="flex flex-wrap items-baseline gap-3">
        <RiskBadge tone={tone} size="lg">
          {t(`work.${work.state}`)}
        </RiskBadge>
        {work.state !== "not_authorized" ? (
          <span className="text-lg">
            {work.until ? t("work.until", { date: date(work.until) }) : t("work.indefinite")}
          </span>
        ) : null}
      </p>
      {work.limits.length ? (
        <div className="text-sm">
          <span className="font-medium">{t("work.limits")}: </span>
          {work.limits.map((l) => t(`limit.${l}`)).join(" · ")}
        </div>
      ) : null}
      {renewal ? (
        <p className="text-sm text-gray-700">
          {t("work.renewal", { from: date(renewal.windowOpensOn), to: date(renewal.lastOpenDayOnOrBefore) })}
        </p>
      ) : null}
      {advisories.length ? (
        <div>
          <h3 className="text-sm font-semibold">{t("advisories")}</h3>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {advisories.map((a) => (
              <li key={`${a.code}-${a.date ?? ""}`} className="flex flex-wrap items-baseline gap-2">
                <RiskBadge tone={SEVERITY_TONE[a.severity] ?? "info"}>
                  {t(`severity.${a.severity}`)}
                </RiskBadge>
                {a.toConfirm ? <RiskBadge tone="warning">{t("duties.toConfirm")}</RiskBadge> : null}
                <span>{locale === "ja" ? a.message.ja : a.message.en}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
