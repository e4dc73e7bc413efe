import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { applyEmployeeFilters } from "@/app/(app)/employees/_table/search-action";
import { STATUSES } from "@/lib/compliance";
import {
  DUTY_STATES,
  RISK_FILTERS,
  TABLE_SORTS,
  type TEmployeeTableQuery,
} from "@/lib/validation/employee-table";

const control = "w-full min-w-0 rounded-md border border-gray-300 bg-white px-2 py-2 text-base";

/**
 * The table's filters, posted to a server action (works without JavaScript) that redirects to the
 * filtered URL, so every view has a link (the overview's counts point at these). Only codes and dates go
 * in the URL; the name search is kept in a cookie (see search-action.ts).
 */
export async function EmployeeTableFilters({
  query,
  departments,
  workplaces,
}: {
  query: TEmployeeTableQuery;
  departments: string[];
  workplaces: { id: string; name: string }[];
}) {
  const t = await getTranslations("empTable");
  const locale = await getLocale();
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    any?: string,
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (name: "expiryFrom" | "expiryTo") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {t(name)}
      </label>
      <input id={`filter-${name}`} name={name} type="date" defaultValue={query[name]} className={control} />
    </div>
  );
  return (
    <search aria-label={t("filters")}>
      <form
        action={applyEmployeeFilters}
        className="grid grid-cols-2 gap-3 rounded-lg border border-gray-200 bg-white p-3 lg:grid-cols-4"
      >
        <div className="col-span-2 flex flex-col gap-1">
          <label htmlFor="filter-q" className="text-sm font-medium">
            {t("search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q}
            className={control}
            autoComplete="off"
          />
        </div>
        {select(
          "risk",
          t("risk"),
          query.risk,
          RISK_FILTERS.map((r) => ({ value: r, label: t(`risks.${r}`) })),
          t("riskAny"),
        )}
        {select(
          "duty",
          t("duty"),
          query.duty,
          DUTY_STATES.map((d) => ({ value: d, label: t(`dutyStates.${d}`) })),
          t("dutyAny"),
        )}
        {select(
          "status",
          t("status"),
          query.status,
          STATUSES.map((s) => ({ value: s.code, label: locale === "ja" ? s.ja : s.en })),
          t("allStatuses"),
        )}
        {date("expiryFrom")}
        {date("expiryTo")}
        {select(
          "department",
          t("department"),
          query.department,
          departments.map((d) => ({ value: d, label: d })),
          t("allDepartments"),
        )}
        {select(
          "workplace",
          t("workplace"),
          query.workplace,
          workplaces.map((w) => ({ value: w.id, label: w.name })),
          t("allWorkplaces"),
        )}
        {select("archived", t("archived"), query.archived, [
          { value: "exclude", label: t("archivedExclude") },
          { value: "only", label: t("archivedOnly") },
        ])}
        {select(
          "sort",
          t("sort"),
          query.sort,
          TABLE_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) })),
        )}
        {select("dir", t("dir"), query.dir, [
          { value: "asc", label: t("asc") },
          { value: "desc", label: t("desc") },
        ])}
        <div className="col-span-2 flex items-end gap-2 lg:col-span-4">
          <button
            type="submit"
            className="rounded-md bg-gray-900 px-4 py-2 font-semibold text-white hover:bg-gray-700"
          >
            {t("apply")}
          </button>
          <Link
            href="/employees"
            className="rounded-md border border-gray-300 px-4 py-2 font-semibold hover:bg-gray-50"
          >
            {t("clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}
