import { getLocale, getTranslations } from "next-intl/server";
import { dutyTitle } from "@/app/_components/duty-label";
import { statusLabel } from "@/app/_components/status-label";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import type { TimelineItem } from "@/lib/services/dashboard/employee-timeline";

type T = Awaited<ReturnType<typeof getTranslations<"empPage">>>;

/** A Japan date and time (HH:mm JST) from a timestamp, for rows that record when something was done. */
function when(at: string, locale: string): string {
  if (at.endsWith("T00:00:00.000Z") && at.length === 24) return formatDate(at.slice(0, 10), locale);
  const d = new Date(at);
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Tokyo",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
  return `${formatDate(todayInJapan(d), locale)} ${time}`;
}

const has = (t: T, key: string) => t.has(key as "timeline.title");
const label = (t: T, key: string, fallback: string) => (has(t, key) ? t(key as "timeline.title") : fallback);

function describe(item: TimelineItem, t: T, mailKind: (k: string) => string, locale: string): string {
  switch (item.kind) {
    case "card":
      return `${item.expiresOn ? t("timeline.card", { status: statusLabel(item.statusCode, locale), date: formatDate(item.expiresOn, locale) }) : t("timeline.cardIndefinite", { status: statusLabel(item.statusCode, locale) })}${item.current ? ` · ${t("timeline.current")}` : ""}`;
    case "event":
      return t("timeline.event", {
        type: label(t, `eventType.${item.type}`, item.type),
        date: formatDate(item.date, locale),
      });
    case "duty":
      return t("timeline.duty", {
        title: dutyTitle(item.rule, item.code, locale),
        date: formatDate(item.dueDate, locale),
        status: label(t, `duties.status.${item.status}`, item.status),
      });
    case "email":
      return `${t("timeline.email", { kind: mailKind(item.mailKind), recipient: label(t, `timeline.actor.${item.recipientType}`, item.recipientType), status: label(t, `timeline.emailStatus.${item.status}`, item.status) })} · ${t("timeline.attempts", { n: item.attempts })}`;
    case "confirmation":
      return t("timeline.confirmation", {
        date: formatDate(item.filedOn, locale),
        channel: label(t, `timeline.channel.${item.channel}`, item.channel),
        status: label(t, `timeline.confirmationStatus.${item.status}`, item.status),
      });
    case "check":
      return `${t("timeline.check", { date: formatDate(item.checkedOn, locale), result: label(t, `timeline.result.${item.result}`, item.result) })}${item.checkerName ? ` · ${t("timeline.checkBy", { name: item.checkerName })}` : ""}`;
    case "audit":
      return `${label(t, `auditAction.${item.action.replaceAll(".", "_")}`, item.action)} · ${t("timeline.by", { name: item.actorName ?? label(t, `timeline.actor.${item.actorType}`, item.actorType) })}`;
  }
}

/** Everything recorded about the employee, newest first, each row saying what kind of record it is. */
export async function History({ items }: { items: TimelineItem[] }) {
  const t = await getTranslations("empPage");
  const overview = await getTranslations("overview");
  const mailKind = (k: string) =>
    overview.has(`mailKind.${k}`) ? overview(`mailKind.${k}` as "mailKind.created") : k;
  const locale = await getLocale();
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="history-heading" className="mb-3 font-semibold">
        {t("timeline.title")}
      </h2>
      {items.length === 0 ? <p className="text-sm text-gray-600">{t("timeline.none")}</p> : null}
      <ol className="flex flex-col" data-testid="history">
        {items.map((item) => (
          <li
            key={`${item.kind}-${item.id}`}
            className="grid grid-cols-1 gap-x-4 border-t border-gray-100 py-2 text-sm first:border-t-0 sm:grid-cols-[11rem_8rem_1fr]"
          >
            <span className="whitespace-nowrap text-gray-700">{when(item.at, locale)}</span>
            <span className="font-medium">{t(`timeline.kinds.${item.kind}`)}</span>
            <span>{describe(item, t, mailKind, locale)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
