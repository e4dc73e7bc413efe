import { getTranslations } from "next-intl/server";
import type { Duty } from "@/db/schema";
import { daysBetween, ruleByRef } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import { MuteForm } from "./row-forms";

type State = "overdue" | "dueSoon" | "open" | "submitted" | "closed" | "cancelled" | "muted";
/** Words and colour together: the colour only repeats what the word says. */
const STYLE: Record<State, string> = {
  overdue: "bg-red-100 text-red-900 border-red-700",
  dueSoon: "bg-amber-100 text-amber-900 border-amber-700",
  open: "bg-green-50 text-green-900 border-green-700",
  submitted: "bg-blue-50 text-blue-900 border-blue-700",
  closed: "bg-gray-100 text-gray-800 border-gray-400",
  cancelled: "bg-gray-100 text-gray-600 border-gray-300",
  muted: "bg-gray-100 text-gray-800 border-gray-500",
};

export function dutyState(duty: Duty, today: string): State {
  if (duty.status !== "open") return duty.status;
  if (duty.mutedAt) return "muted";
  const days = daysBetween(today, duty.dueDate);
  return days < 0 ? "overdue" : days <= 7 ? "dueSoon" : "open";
}

export async function DutyList({
  duties,
  today,
  locale,
  employeeId,
  canWrite,
}: {
  duties: Duty[];
  today: string;
  locale: "ja" | "en";
  employeeId: string;
  canWrite: boolean;
}) {
  const t = await getTranslations("pipeline");
  if (duties.length === 0) return <p className="text-gray-600">{t("noDuties")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {duties.map((duty) => {
        const rule = ruleByRef(duty.rule);
        const state = dutyState(duty, today);
        const explanation =
          (duty.details.explanation as { ja: string; en: string } | undefined)?.[locale] ??
          rule?.explanation[locale];
        return (
          <li
            key={duty.id}
            className={`rounded-lg border border-gray-300 bg-white p-4 ${duty.status === "cancelled" ? "opacity-70" : ""}`}
            data-testid="duty"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-semibold">{rule?.title[locale] ?? duty.code}</p>
                <p className="text-sm text-gray-700">{t(`owner.${duty.owner}`)}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${STYLE[state]}`}>
                  {t(`state.${state}`)}
                </span>
                {duty.toConfirm ? (
                  <span className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm text-amber-900">
                    {t("toConfirm")}
                  </span>
                ) : null}
              </div>
            </div>
            <p className="mt-2 text-lg">
              <span className="text-sm text-gray-600">{t("due")} </span>
              <strong>{formatDate(duty.dueDate, locale)}</strong>
            </p>
            {duty.mutedAt && duty.muteReason ? (
              <p className="mt-1 text-sm text-gray-700">{t("mutedBecause", { reason: duty.muteReason })}</p>
            ) : null}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-accent">{t("why")}</summary>
              <div className="mt-2 flex flex-col gap-1 text-sm">
                {explanation ? <p>{explanation}</p> : null}
                <p>
                  <span className="text-gray-600">{t("basis")}: </span>
                  {duty.basis}
                </p>
                <p>
                  <span className="text-gray-600">{t("source")}: </span>
                  <a className="text-accent underline" href={duty.source} target="_blank" rel="noreferrer">
                    {duty.source}
                  </a>
                </p>
                <p>
                  <span className="text-gray-600">{t("rule")}: </span>
                  <code>{duty.rule}</code>
                </p>
              </div>
            </details>
            {canWrite && duty.status === "open" ? (
              <div className="mt-3">
                <MuteForm employeeId={employeeId} dutyId={duty.id} isMuted={Boolean(duty.mutedAt)} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
