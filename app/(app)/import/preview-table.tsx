"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { ImportPreview } from "@/lib/services/data/import-employees";

const SHOWN_VALID_ROWS = 200;

/** The check's outcome: file problems, then rows with errors first, then ready rows with their duties. */
export function PreviewTable({
  preview,
  dutyTitles,
}: {
  preview: ImportPreview;
  dutyTitles: Record<string, string>;
}) {
  const t = useTranslations("dataImport");
  const locale = useLocale();
  const bad = preview.rows.filter((r) => r.issues.length);
  const good = preview.rows.filter((r) => !r.issues.length);
  const rows = [...bad, ...good.slice(0, SHOWN_VALID_ROWS)];
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-3" data-testid="import-preview">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("summary", { total: preview.total, valid: preview.valid, invalid: preview.invalid })}
      </h2>
      {preview.encoding ? (
        <p className="text-sm text-gray-700">
          {t("encoding", { encoding: preview.encoding === "shift_jis" ? "Shift_JIS" : "UTF-8" })}
        </p>
      ) : null}
      {preview.fileIssues.length ? (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("fileProblems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.fileIssues.map((i) => (
              <li key={`${i.field}-${i.rule}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.length ? (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("rowsTitle")}</caption>
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("line")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("result")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.line}
                  className="border-t border-gray-100 align-top"
                  data-testid={`import-row-${r.line}`}
                >
                  <td className="num px-3 py-2">{r.line}</td>
                  <td className="px-3 py-2">{r.name ?? "—"}</td>
                  <td className="px-3 py-2">
                    <span
                      className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${r.issues.length ? "border-red-700 bg-red-50 text-red-900" : "border-green-800 bg-green-50 text-green-900"}`}
                    >
                      {r.issues.length ? t("error") : t("ok")}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    {r.issues.length ? (
                      <ul className="list-disc pl-4 text-red-900">
                        {r.issues.map((i) => (
                          <li key={`${i.field}-${i.rule}`}>{i.message}</li>
                        ))}
                      </ul>
                    ) : r.duties.length ? (
                      <ul className="flex flex-col gap-0.5">
                        {r.duties.map((d) => (
                          <li key={`${d.code}-${d.dueDate}`}>
                            {dutyTitles[d.rule] ?? d.code} — {date(d.dueDate)} ({t(`owner.${d.owner}`)})
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-gray-600">{t("noDuties")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {good.length > SHOWN_VALID_ROWS ? (
        <p className="text-sm text-gray-700">{t("moreRows", { n: good.length - SHOWN_VALID_ROWS })}</p>
      ) : null}
    </section>
  );
}
