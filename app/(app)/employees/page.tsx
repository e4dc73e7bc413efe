import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmployeeTable } from "@/app/_components/employee-table";
import { EmployeeTableFilters } from "@/app/_components/employee-table-filters";
import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { listEmployeeTable } from "@/lib/services/dashboard/list-employee-table";
import { getTableOptions } from "@/lib/services/dashboard/table-options";
import {
  employeeTableHref,
  parseEmployeeTableQuery,
  type TableHrefParams,
} from "@/lib/validation/employee-table";
import { SEARCH_COOKIE } from "./_table/search-cookie";

export const metadata = { title: "Employees" };

/** The employee list: filters, sort and pages run server-side over the whole company (10,000+ rows). */
export default async function EmployeesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenant();
  const t = await getTranslations("empTable");
  const te = await getTranslations("employees");
  const raw = await searchParams;
  const searching = raw.search === "1";
  const saved = searching ? (await cookies()).get(SEARCH_COOKIE)?.value : undefined;
  const { query, invalid } = parseEmployeeTableQuery({ ...raw, q: saved });
  const today = todayInJapan();
  const [result, options] = await Promise.all([
    listEmployeeTable(session, query, today),
    getTableOptions(session),
  ]);
  const from = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const to = Math.min(result.page * result.pageSize, result.total);
  const base: TableHrefParams = { ...query, search: query.q ? "1" : undefined };
  const pageHref = (page: number) => employeeTableHref({ ...base, page });
  const sortHref = (sort: typeof query.sort, dir: "asc" | "desc") =>
    employeeTableHref({ ...base, sort, dir, page: 1 });
  const pager = [
    { key: "first", page: 1, show: result.page > 1 },
    { key: "previous", page: result.page - 1, show: result.page > 1 },
    { key: "next", page: result.page + 1, show: result.page < result.pageCount },
    { key: "last", page: result.pageCount, show: result.page < result.pageCount },
  ] as const;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{te("title")}</h1>
        <Link
          href="/employees/new"
          className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong"
        >
          {te("add")}
        </Link>
      </div>
      <EmployeeTableFilters query={query} departments={options.departments} workplaces={options.workplaces} />
      {invalid.length ? (
        <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-2 text-sm text-amber-900">
          {t("invalid", { keys: invalid.join(", ") })}
        </p>
      ) : null}
      <p className="text-sm text-gray-700" aria-live="polite" data-testid="table-count">
        {t("count", { total: result.total, from, to })}
      </p>
      <EmployeeTable
        rows={result.rows}
        caption={te("title")}
        today={today}
        sort={query.sort}
        dir={query.dir}
        sortHref={sortHref}
      />
      {result.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2">
          <span className="text-sm text-gray-700">
            {t("page", { page: result.page, pages: result.pageCount })}
          </span>
          <span className="flex gap-2">
            {pager.map((p) =>
              p.show ? (
                <Link
                  key={p.key}
                  className="rounded border border-gray-300 bg-white px-3 py-2 text-sm hover:bg-gray-50"
                  href={pageHref(p.page)}
                >
                  {t(p.key)}
                </Link>
              ) : null,
            )}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
