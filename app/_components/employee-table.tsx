import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { nationalityName } from "@/lib/data/nationalities";
import { formatDate } from "@/lib/i18n/format";
import { statusLabel } from "./status-label";

export type EmployeeRow = {
  id: string;
  nameOnCard: string;
  nameKana: string | null;
  nationality: string;
  department: string | null;
  statusCode: string | null;
  periodOfStayExpiresOn: string | null;
  cardNumberLast4: string | null;
};

export async function EmployeeTable({ rows, caption }: { rows: EmployeeRow[]; caption: string }) {
  const t = await getTranslations("employees");
  const locale = await getLocale();
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-gray-300 bg-white p-6 text-center text-gray-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("name")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("status")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("expiry")}</th>
            <th scope="col" className="hidden px-3 py-2 font-semibold md:table-cell">{t("nationality")}</th>
            <th scope="col" className="hidden px-3 py-2 font-semibold md:table-cell">{t("department")}</th>
            <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">{t("card")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-gray-100 hover:bg-gray-50">
              <td className="px-3 py-2">
                <Link href={`/employees/${row.id}`} className="font-medium text-accent underline-offset-2 hover:underline">
                  {row.nameOnCard}
                </Link>
                {row.nameKana ? <div className="text-xs text-gray-600">{row.nameKana}</div> : null}
              </td>
              <td className="px-3 py-2">{statusLabel(row.statusCode, locale)}</td>
              <td className="whitespace-nowrap px-3 py-2">{row.periodOfStayExpiresOn ? formatDate(row.periodOfStayExpiresOn, locale) : t("indefinite")}</td>
              <td className="hidden px-3 py-2 md:table-cell">{nationalityName(row.nationality, locale)}</td>
              <td className="hidden px-3 py-2 md:table-cell">{row.department ?? "—"}</td>
              <td className="hidden px-3 py-2 font-mono sm:table-cell">{row.cardNumberLast4 ? `••••${row.cardNumberLast4}` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
