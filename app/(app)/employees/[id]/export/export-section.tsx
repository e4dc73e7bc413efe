import { getTranslations } from "next-intl/server";

/** The data-subject export links on the employee page (plain downloads: no client code). */
export async function ExportSection({ employeeId }: { employeeId: string }) {
  const t = await getTranslations("privacy");
  const link =
    "inline-block rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold hover:bg-gray-50";
  return (
    <section
      aria-labelledby="export-heading"
      className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="export-heading" className="font-semibold">
        {t("exportSection")}
      </h2>
      <p className="text-sm text-gray-600">{t("exportNote")}</p>
      <div className="flex flex-wrap gap-2">
        <a href={`/employees/${employeeId}/export?format=json`} download className={link}>
          {t("exportJson")}
        </a>
        <a href={`/employees/${employeeId}/export?format=pdf`} download className={link}>
          {t("exportPdf")}
        </a>
      </div>
    </section>
  );
}
