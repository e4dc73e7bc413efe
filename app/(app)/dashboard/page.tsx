import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmployeeTable } from "@/app/_components/employee-table";
import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { getDashboardSummary } from "@/lib/services/dashboard-summary";
import { listEmployees, ZListEmployeesQuery } from "@/lib/services/list-employees";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireTenant();
  const t = await getTranslations();
  const today = todayInJapan();
  const in90 = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const [summary, list] = await Promise.all([
    getDashboardSummary(session, today, in90),
    listEmployees(session, ZListEmployeesQuery.parse({ sort: "expiry", pageSize: 20 })),
  ]);
  const cards = [
    { label: t("dashboard.employees"), value: summary.employees, href: "/employees", tone: "border-gray-200" },
    { label: t("dashboard.expiringSoon"), value: summary.expiringSoon, href: "/employees?sort=expiry", tone: "border-amber-500" },
    { label: t("dashboard.expired"), value: summary.expired, href: "/employees?sort=expiry", tone: "border-red-600" },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("dashboard.title")}</h1>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.label}>
            <Link href={card.href} className={`block rounded-lg border-l-4 bg-white p-4 shadow-sm hover:bg-gray-50 ${card.tone}`}>
              <span className="block text-sm text-gray-600">{card.label}</span>
              <span className="num block text-3xl font-bold" data-testid={`count-${card.label}`}>
                {card.value}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
        <div className="flex items-center justify-between">
          <h2 id="recent-heading" className="text-lg font-semibold">
            {t("dashboard.recent")}
          </h2>
          <Link href="/employees/new" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
            {t("employees.add")}
          </Link>
        </div>
        <EmployeeTable rows={list.rows} caption={t("dashboard.recent")} />
      </section>
    </div>
  );
}
