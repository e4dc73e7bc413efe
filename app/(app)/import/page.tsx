import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { RULES } from "@/lib/compliance";
import { EMPLOYEE_COLUMNS } from "@/lib/validation/csv";
import { ImportWizard } from "./import-wizard";

export const metadata = { title: "Import employees" };

/** CSV import of employees (template, check, all-or-nothing import) and the CSV exports. */
export default async function ImportPage() {
  await requireTenant();
  const t = await getTranslations("dataImport");
  const te = await getTranslations("dataExport");
  const locale = await getLocale();
  // Duty titles by rule reference, so the client preview can name duties without the rule catalogue.
  const dutyTitles = Object.fromEntries(
    RULES.map((r) => [`${r.id}@${r.version}`, locale === "ja" ? r.title.ja : r.title.en]),
  );
  const link = "rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-gray-50";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{t("help")}</p>
      <section
        aria-labelledby="template-heading"
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="template-heading" className="font-semibold">
          {t("template")}
        </h2>
        <div className="flex flex-wrap gap-2">
          <a href="/import/template?lang=ja" className={link} download>
            {t("templateJa")}
          </a>
          <a href="/import/template?lang=ja&encoding=shift_jis" className={link} download>
            {t("templateSjis")}
          </a>
          <a href="/import/template?lang=en" className={link} download>
            {t("templateEn")}
          </a>
        </div>
        <details>
          <summary className="cursor-pointer text-sm font-medium">{t("columns")}</summary>
          <p className="mt-2 text-sm text-gray-700">{t("columnsHelp")}</p>
          <ul className="mt-2 grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {EMPLOYEE_COLUMNS.map((c) => (
              <li key={c.path}>
                {locale === "ja" ? c.ja : c.en}
                {c.required ? <span className="text-red-800"> ({t("required")})</span> : null}
              </li>
            ))}
          </ul>
        </details>
        <p className="text-xs text-gray-600">{t("limits")}</p>
      </section>
      <ImportWizard dutyTitles={dutyTitles} />
      <section
        aria-labelledby="export-heading"
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="export-heading" className="font-semibold">
          {te("title")}
        </h2>
        <p className="text-sm text-gray-700">{te("help")}</p>
        <div className="flex flex-wrap gap-2">
          <a href="/export/employees" className={link} download>
            {te("employees")}
          </a>
          <a href="/export/employees?encoding=shift_jis" className={link} download>
            {te("employeesSjis")}
          </a>
          <a href="/export/duties" className={link} download>
            {te("duties")}
          </a>
          <a href="/export/duties?encoding=shift_jis" className={link} download>
            {te("dutiesSjis")}
          </a>
        </div>
      </section>
    </div>
  );
}
