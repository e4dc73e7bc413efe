import { getLocale, getTranslations } from "next-intl/server";
import { dutyTitle } from "@/app/_components/duty-label";
import { RiskBadge, TONE_CLASSES, type Tone } from "@/app/_components/risk-badge";
import { daysBetween } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import type { TimelineDuty } from "@/lib/services/dashboard/employee-timeline";
import { DUE_SOON_DAYS } from "@/lib/services/dashboard/get-overview";

/**
 * One duty per card (phone-first): title, the deadline in large type with a word for its urgency, and
 * "why is this due" from the engine as stored (explanation, basis, source, rule id@version).
 */
export async function DutyList({ duties, today }: { duties: TimelineDuty[]; today: string }) {
  const t = await getTranslations("empPage.duties");
  const locale = await getLocale();
  const live = duties.filter((d) => d.status === "open" || d.status === "submitted");
  const past = duties.filter((d) => d.status === "closed" || d.status === "cancelled");
  return (
    <section
      aria-labelledby="duties-heading"
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="duties-heading" className="font-semibold">
        {t("title")}
      </h2>
      {live.length === 0 ? <p className="text-sm text-gray-600">{t("none")}</p> : null}
      <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {live.map((d) => (
          <DutyCard key={d.id} duty={d} today={today} locale={locale} t={t} />
        ))}
      </ul>
      {past.length ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium">{t("past", { n: past.length })}</summary>
          <ul className="mt-2 grid grid-cols-1 gap-3 lg:grid-cols-2">
            {past.map((d) => (
              <DutyCard key={d.id} duty={d} today={today} locale={locale} t={t} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"empPage.duties">>>;

function urgency(d: TimelineDuty, today: string, t: T): { tone: Tone; word: string } {
  if (d.status !== "open")
    return { tone: d.status === "submitted" ? "info" : "ok", word: t(`status.${d.status}` as "status.open") };
  const left = daysBetween(today, d.dueDate);
  if (left < 0) return { tone: "critical", word: t("overdue", { n: -left }) };
  if (left === 0) return { tone: "critical", word: t("dueToday") };
  return { tone: left <= DUE_SOON_DAYS ? "warning" : "ok", word: t("dueIn", { n: left }) };
}

function DutyCard({
  duty: d,
  today,
  locale,
  t,
}: {
  duty: TimelineDuty;
  today: string;
  locale: string;
  t: T;
}) {
  const u = urgency(d, today, t);
  return (
    <li
      className={`flex flex-col gap-2 rounded-md border border-l-4 border-gray-200 p-3 ${TONE_CLASSES[u.tone].border}`}
      data-testid="duty-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">{dutyTitle(d.rule, d.code, locale)}</h3>
        <span className="text-xs text-gray-700">{t(`owner.${d.owner}`)}</span>
      </div>
      <p className="flex flex-wrap items-baseline gap-2">
        <span className="text-sm text-gray-700">{t("due")}</span>
        <span className="text-xl font-bold">{formatDate(d.dueDate, locale)}</span>
        <RiskBadge tone={u.tone}>{u.word}</RiskBadge>
      </p>
      <div className="flex flex-wrap gap-1">
        {d.toConfirm ? <RiskBadge tone="warning">{t("toConfirm")}</RiskBadge> : null}
        {d.approximate ? <RiskBadge tone="warning">{t("approximate")}</RiskBadge> : null}
        {d.bestEffort ? <RiskBadge tone="info">{t("bestEffort")}</RiskBadge> : null}
        {d.muted ? <RiskBadge tone="info">{t("muted")}</RiskBadge> : null}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent">{t("why")}</summary>
        <div className="mt-2 flex flex-col gap-1">
          {d.explanation ? <p>{locale === "ja" ? d.explanation.ja : d.explanation.en}</p> : null}
          <p className="text-gray-700">{t("trigger", { date: formatDate(d.triggerDate, locale) })}</p>
          {d.nominalDueDate !== d.dueDate ? (
            <p className="text-gray-700">{t("nominal", { date: formatDate(d.nominalDueDate, locale) })}</p>
          ) : null}
          <p>
            <span className="font-medium">{t("basis")}: </span>
            {d.basis}
          </p>
          <p className="break-all">
            <span className="font-medium">{t("source")}: </span>
            <a href={d.source} className="text-accent underline" rel="noreferrer noopener" target="_blank">
              {d.source}
            </a>
          </p>
          <p>
            <span className="font-medium">{t("rule")}: </span>
            <code>{d.rule}</code>
          </p>
        </div>
      </details>
    </li>
  );
}
