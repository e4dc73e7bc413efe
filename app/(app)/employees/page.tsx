import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmployeeTable } from "@/app/_components/employee-table";
import { requireTenant } from "@/lib/auth/tenant";
import { listEmployees, ZListEmployeesQuery } from "@/lib/services/list-employees";
import statusesData from "@/lib/compliance/data/statuses.json";

export const metadata = { title: "Employees" };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenant();
  const t = await getTranslations("employees");
  const locale = await getLocale();
  const raw = await searchParams;
  const parsed = ZListEmployeesQuery.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const query = parsed.success ? parsed.data : ZListEmployeesQuery.parse({});
  const result = await listEmployees(session, query);
  const from = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const to = Math.min(result.page * result.pageSize, result.total);
  const pageHref = (page: number) => `/employees?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.status ? { status: query.status } : {}), sort: query.sort, dir: query.dir, page: String(page) })}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/employees/new" className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong">
          {t("add")}
        </Link>
      </div>
      <form role="search" className="flex flex-wrap items-end gap-2 rounded-lg border border-gray-200 bg-white p-3" action="/employees">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q} className="rounded-md border border-gray-300 px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="text-sm font-medium">{t("status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className="rounded-md border border-gray-300 px-3 py-2">
            <option value="">{t("allStatuses")}</option>
            {statusesData.statuses.map((s) => (
              <option key={s.code} value={s.code}>{locale === "ja" ? s.ja : s.en}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sort" className="text-sm font-medium">{t("sortBy")}</label>
          <select id="sort" name="sort" defaultValue={query.sort} className="rounded-md border border-gray-300 px-3 py-2">
            <option value="name">{t("name")}</option>
            <option value="expiry">{t("expiry")}</option>
          </select>
        </div>
        <button type="submit" className="rounded-md border border-gray-300 bg-gray-900 px-4 py-2 font-semibold text-white">{t("searchButton")}</button>
      </form>
      <p className="text-sm text-gray-600" aria-live="polite">{t("count", { total: result.total, from, to })}</p>
      <EmployeeTable rows={result.rows} caption={t("title")} />
      <nav aria-label="pagination" className="flex justify-between">
        {result.page > 1 ? <Link className="rounded border border-gray-300 bg-white px-3 py-2" href={pageHref(result.page - 1)}>{t("previous")}</Link> : <span />}
        {to < result.total ? <Link className="rounded border border-gray-300 bg-white px-3 py-2" href={pageHref(result.page + 1)}>{t("next")}</Link> : <span />}
      </nav>
    </div>
  );
}
