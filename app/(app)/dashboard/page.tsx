import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dutyTitle } from "@/app/_components/duty-label";
import type { Tone } from "@/app/_components/risk-badge";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { daysBetween } from "@/lib/compliance";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { getOverview } from "@/lib/services/dashboard/get-overview";
import { employeeTableHref } from "@/lib/validation/employee-table";
import { CountTiles, type Tile } from "./_components/count-tiles";
import { type OverviewItem, OverviewSection } from "./_components/overview-section";

export const metadata = { title: "Overview" };

type SectionSpec = { id: string; tone: Tone; count: number; href: string; items: OverviewItem[] };

/** The risk-ranked overview: who may not work, what is overdue, then what is coming, then what to check. */
export default async function DashboardPage() {
  const session = await requireTenant();
  const t = await getTranslations("overview");
  const locale = await getLocale();
  const today = todayInJapan();
  const o = await getOverview(session, today);
  const date = (iso: string | null) => formatDate(iso, locale);
  const person = (id: string) => `/employees/${id}`;
  const status = (code: string) => statusLabel(code, locale);

  const sections: SectionSpec[] = [
    {
      id: "cannotWork",
      tone: "critical",
      count: o.cannotWork.count,
      href: employeeTableHref({ risk: "cannot_work" }),
      items: o.cannotWork.items.map((r) => ({
        key: r.employeeId,
        href: person(r.employeeId),
        name: r.nameOnCard,
        detail: `${status(r.statusCode)} · ${t(`reason.${r.reason ?? "no_permission"}`)}`,
        when: r.date ? t("since", { date: date(r.date) }) : "",
      })),
    },
    {
      id: "overdue",
      tone: "critical",
      count: o.overdue.count,
      href: "/dashboard/duties?state=overdue",
      items: o.overdue.items.map((d) => ({
        key: d.dutyId,
        href: person(d.employeeId),
        name: d.nameOnCard,
        detail: dutyTitle(d.rule, d.code, locale),
        when: `${date(d.dueDate)} · ${t("daysOverdue", { n: daysBetween(d.dueDate, today) })}`,
      })),
    },
    {
      id: "specialPeriod",
      tone: "warning",
      count: o.specialPeriod.count,
      href: employeeTableHref({ risk: "special_period" }),
      items: o.specialPeriod.items.map((r) => ({
        key: r.employeeId,
        href: person(r.employeeId),
        name: r.nameOnCard,
        detail: status(r.statusCode),
        when: t("mayWorkUntil", { date: date(r.date) }),
      })),
    },
    {
      id: "dueSoon",
      tone: "warning",
      count: o.dueSoon.count,
      href: "/dashboard/duties?state=due_soon",
      items: o.dueSoon.items.map((d) => ({
        key: d.dutyId,
        href: person(d.employeeId),
        name: d.nameOnCard,
        detail: `${dutyTitle(d.rule, d.code, locale)}${d.toConfirm ? ` · ${t("toConfirm")}` : ""}`,
        when: `${date(d.dueDate)} · ${t("daysLeft", { n: daysBetween(today, d.dueDate) })}`,
      })),
    },
    {
      id: "renewalWindow",
      tone: "warning",
      count: o.renewalWindow.count,
      href: employeeTableHref({ risk: "renewal_window", sort: "expiry" }),
      items: o.renewalWindow.items.map((r) => ({
        key: r.employeeId,
        href: person(r.employeeId),
        name: r.nameOnCard,
        detail: status(r.statusCode),
        when: `${t("expires", { date: date(r.date) })} · ${t("daysLeft", { n: daysBetween(today, r.date ?? today) })}`,
      })),
    },
    {
      id: "unverifiedCards",
      tone: "info",
      count: o.unverifiedCards.count,
      href: employeeTableHref({ risk: "unverified" }),
      items: o.unverifiedCards.items.map((p) => ({
        key: p.employeeId,
        href: `${person(p.employeeId)}/checks`,
        name: p.nameOnCard,
        detail: status(p.statusCode),
        when: t("cardRecorded", { date: date(p.date) }),
      })),
    },
    {
      id: "failedEmails",
      tone: "warning",
      count: o.failedEmails.count,
      href: "/dashboard/emails",
      items: o.failedEmails.items.map((m) => ({
        key: m.notificationId,
        href: m.employeeId ? person(m.employeeId) : "/dashboard/emails",
        name: m.nameOnCard ?? t(`recipient.${m.recipientType}`),
        detail: t.has(`mailKind.${m.kind}`) ? t(`mailKind.${m.kind}` as "mailKind.created") : m.kind,
        when: date(m.sendOn),
      })),
    },
  ];
  const tiles: Tile[] = sections.map((s) => ({
    id: s.id,
    label: t(`${s.id}.title`),
    count: s.count,
    href: s.href,
    tone: s.tone,
    toneLabel: t(`tone.${s.count === 0 ? "ok" : s.tone}`),
  }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-sm text-gray-600">{t("asOf", { date: date(today), employees: o.employees })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/employees"
            className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-gray-50"
          >
            {t("allEmployees")}
          </Link>
          <Link
            href="/employees/new"
            className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong"
          >
            {t("addEmployee")}
          </Link>
        </div>
      </div>
      <CountTiles tiles={tiles} label={t("countsLabel")} />
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        {sections.map((s) => (
          <OverviewSection
            key={s.id}
            id={s.id}
            title={t(`${s.id}.title`)}
            tone={s.tone}
            toneLabel={t(`tone.${s.count === 0 ? "ok" : s.tone}`)}
            count={s.count}
            href={s.href}
            seeAll={t("seeAll", { count: s.count })}
            none={t(`${s.id}.none`)}
            items={s.items}
          />
        ))}
      </div>
    </div>
  );
}
