"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { formatDate } from "@/lib/i18n/format";
import type { ShiftImportResult } from "@/lib/services/data/import-shifts";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; result: ShiftImportResult }
  | { kind: "failed"; issues: string[] };

/** Uploads a shift CSV; on success the overview re-renders with the engine's new flags. */
export function ShiftImport() {
  const t = useTranslations("hours");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  async function submit() {
    if (!file) return;
    setState({ kind: "busy" });
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/hours/import", { method: "POST", body }).catch(() => null);
    const json = res
      ? ((await res.json().catch(() => ({}))) as ShiftImportResult & {
          error?: { message: string; issues?: { field: string; message: string }[] };
        })
      : null;
    if (!res?.ok || !json)
      return setState({
        kind: "failed",
        issues: (json?.error?.issues ?? [{ field: "", message: json?.error?.message ?? "error" }]).map(
          (i) => `${i.field} — ${i.message}`,
        ),
      });
    setState({ kind: "done", result: json });
    router.refresh();
  }
  return (
    <div className="flex flex-col gap-3">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            {t("file")}
          </label>
          <input
            id={id}
            type="file"
            accept=".csv,text/csv"
            className="text-sm"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button
          type="submit"
          disabled={!file || state.kind === "busy"}
          className="rounded-md bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-50"
        >
          {state.kind === "busy" ? t("busy") : t("submit")}
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === "failed" ? (
          <ul
            role="alert"
            className="list-disc rounded-md border border-red-700 bg-red-50 p-3 pl-8 text-sm text-red-900"
          >
            {state.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : null}
        {state.kind === "done" ? (
          <div
            role="status"
            className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900"
          >
            <p>{t("imported", { rows: state.result.imported, employees: state.result.employees })}</p>
            {state.result.flags.length ? (
              <>
                <p className="mt-1 font-semibold text-red-900">{t("newFlags")}</p>
                <ul className="list-disc pl-5 text-red-900">
                  {state.result.flags.flatMap((p) =>
                    p.flags.map((f) => (
                      <li key={`${p.employeeId}-${f.from}`}>
                        {p.nameOnCard}:{" "}
                        {t(`flag.${f.kind}`, {
                          from: formatDate(f.from, locale),
                          to: formatDate(f.to, locale),
                          hours: f.hours,
                          limit: f.limit,
                        })}
                      </li>
                    )),
                  )}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
