import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { daysBetween } from "@/lib/compliance";
import { formatDate } from "@/lib/i18n/format";
import type { EmployeeTableRow } from "@/lib/services/dashboard/list-employee-table";
import type { TEmployeeTableQuery } from "@/lib/validation/employee-table";
import { RiskBadge, type Tone } from "./risk-badge";
import { statusLabel } from "./status-label";

type SortKey = TEmployeeTableQuery["sort"];
type ColKey = "name" | "status" | "expiry" | "work" | "duties" | "department" | "card";

const WORK_TONE: Record<string, Tone> = {
  authorized: "ok",
  limited: "info",
  special_period: "warning",
  not_authorized: "critical",
  check_designation: "info",
  unknown: "warning",
};

/**
 * The employee table: dense, sticky header, risk as words plus colour, dates the house way. Sortable
 * columns are links (server-side sort), with aria-sort on the active one.
 */
export async function EmployeeTable(props: {
  rows: EmployeeTableRow[];
  caption: string;
  today: string;
  sort: SortKey;
  dir: "asc" | "desc";
  sortHref: (sort: SortKey, dir: "asc" | "desc") => string;
}) {
  const t = await getTranslations("empTable");
  const locale = await getLocale();
  if (props.rows.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const header = (key: ColKey, sort?: SortKey, extra = "") => {
    const active = sort !== undefined && props.sort === sort;
    const nextDir = active && props.dir === "asc" ? "desc" : "asc";
    return (
      <th
        scope="col"
        className={`px-3 py-2 font-semibold ${extra}`}
        aria-sort={active ? (props.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        {sort ? (
          <Link href={props.sortHref(sort, nextDir)} className="underline-offset-2 hover:underline">
            {t(`cols.${key}`)}
            {active ? <span aria-hidden="true">{props.dir === "asc" ? " ▲" : " ▼"}</span> : null}
          </Link>
        ) : (
          t(`cols.${key}`)
        )}
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="sticky top-0 z-10 bg-gray-50 text-left">
          <tr>
            {header("name", "name")}
            {header("status", undefined, "hidden sm:table-cell")}
            {header("expiry", "expiry")}
            {header("work")}
            {header("duties", "due")}
            {header("department", undefined, "hidden lg:table-cell")}
            {header("card", undefined, "hidden md:table-cell")}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const workKey = row.work?.state ?? "unknown";
            return (
              <tr key={row.id} className="border-t border-gray-100 align-top hover:bg-gray-50">
                <td className="min-w-[8rem] px-3 py-2">
                  <Link
                    href={`/employees/${row.id}`}
                    className="font-medium text-accent underline-offset-2 hover:underline"
                  >
                    {row.nameOnCard}
                  </Link>
                  {row.nameKana ? <div className="text-xs text-gray-600">{row.nameKana}</div> : null}
                  {row.employeeNumber ? (
                    <div className="text-xs text-gray-600">#{row.employeeNumber}</div>
                  ) : null}
                  <div className="text-xs text-gray-800 sm:hidden">{statusLabel(row.statusCode, locale)}</div>
                </td>
                <td className="hidden px-3 py-2 sm:table-cell">{statusLabel(row.statusCode, locale)}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  {row.periodOfStayExpiresOn
                    ? formatDate(row.periodOfStayExpiresOn, locale)
                    : t("indefinite")}
                </td>
                <td className="px-3 py-2">
                  <RiskBadge tone={WORK_TONE[workKey] ?? "info"}>
                    {t(`work.${workKey}` as "work.unknown")}
                  </RiskBadge>
                  {row.work?.until && row.work.state !== "not_authorized" ? (
                    <div className="text-xs text-gray-700">
                      {t("until", { date: formatDate(row.work.until, locale) })}
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  <DutyCell row={row} today={props.today} locale={locale} t={t} />
                </td>
                <td className="hidden px-3 py-2 lg:table-cell">
                  {row.department ?? "—"}
                  {row.workplaceName ? (
                    <div className="text-xs text-gray-600">{row.workplaceName}</div>
                  ) : null}
                </td>
                <td className="hidden px-3 py-2 font-mono md:table-cell">
                  {row.cardNumberLast4 ? `••••${row.cardNumberLast4}` : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DutyCell({
  row,
  today,
  locale,
  t,
}: {
  row: EmployeeTableRow;
  today: string;
  locale: string;
  t: Awaited<ReturnType<typeof getTranslations<"empTable">>>;
}) {
  if (!row.nextDueDate) return <span className="text-gray-600">{t("noDuty")}</span>;
  const overdue = row.overdueCount > 0;
  const soon = !overdue && row.dueSoonCount > 0 && daysBetween(today, row.nextDueDate) >= 0;
  return (
    <div className="flex flex-col items-start gap-0.5">
      {overdue ? (
        <RiskBadge tone="critical">{t("overdueN", { n: row.overdueCount })}</RiskBadge>
      ) : soon ? (
        <RiskBadge tone="warning">{t("dueSoonN", { n: row.dueSoonCount })}</RiskBadge>
      ) : null}
      <span className="whitespace-nowrap text-xs text-gray-700">
        {t("nextDue", { date: formatDate(row.nextDueDate, locale) })}
      </span>
    </div>
  );
}
