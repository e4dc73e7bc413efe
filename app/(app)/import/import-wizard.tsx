"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ImportPreview } from "@/lib/services/data/import-employees";
import { PreviewTable } from "./preview-table";

type Phase =
  | { kind: "idle" }
  | { kind: "busy"; what: "check" | "commit" }
  | { kind: "previewed"; preview: ImportPreview }
  | { kind: "done"; imported: number }
  | { kind: "failed"; message: string; issues: string[] };

/**
 * Choose a file → check it (nothing written) → import it (the same file, checked again on the server, all
 * or nothing). The File stays in memory between the steps, so nothing about it is kept on the server.
 */
export function ImportWizard({ dutyTitles }: { dutyTitles: Record<string, string> }) {
  const t = useTranslations("dataImport");
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function send(path: "preview" | "commit") {
    if (!file) return;
    setPhase({ kind: "busy", what: path === "preview" ? "check" : "commit" });
    const body = new FormData();
    body.set("file", file);
    try {
      const res = await fetch(`/import/${path}`, { method: "POST", body });
      const json = (await res.json()) as ImportPreview & {
        imported?: number;
        error?: { message: string; issues?: { message: string; field: string }[] };
      };
      if (!res.ok)
        return setPhase({
          kind: "failed",
          message: path === "commit" ? t("failed") : t("unexpected"),
          issues: (json.error?.issues ?? []).map((i) => `${i.field} — ${i.message}`),
        });
      setPhase(
        path === "preview"
          ? { kind: "previewed", preview: json }
          : { kind: "done", imported: json.imported ?? 0 },
      );
    } catch {
      setPhase({ kind: "failed", message: t("unexpected"), issues: [] });
    }
  }

  const preview = phase.kind === "previewed" ? phase.preview : null;
  const canCommit =
    preview !== null && preview.fileIssues.length === 0 && preview.invalid === 0 && preview.valid > 0;
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void send("preview");
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={fileId} className="text-sm font-medium">
            {t("file")}
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className="text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPhase({ kind: "idle" });
            }}
          />
        </div>
        <button
          type="submit"
          disabled={!file || phase.kind === "busy"}
          className="rounded-md bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-50"
        >
          {phase.kind === "busy" && phase.what === "check" ? t("checking") : t("check")}
        </button>
      </form>
      <div aria-live="polite" className="flex flex-col gap-4">
        {phase.kind === "failed" ? (
          <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{phase.message}</p>
            {phase.issues.length ? (
              <ul className="mt-1 list-disc pl-5">
                {phase.issues.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {phase.kind === "done" ? (
          <div role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            <p className="font-semibold">{t("done", { n: phase.imported })}</p>
            <Link href="/employees" className="text-accent underline">
              {t("toList")}
            </Link>
          </div>
        ) : null}
        {preview ? <PreviewTable preview={preview} dutyTitles={dutyTitles} /> : null}
        {preview && !canCommit && preview.total > 0 ? (
          <p
            role="alert"
            className="rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-amber-900"
          >
            {t("fixFirst")}
          </p>
        ) : null}
        {canCommit ? (
          <div>
            <button
              type="button"
              onClick={() => void send("commit")}
              disabled={phase.kind !== "previewed"}
              className="rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong disabled:opacity-50"
            >
              {t("commit", { n: preview.valid })}
            </button>
          </div>
        ) : null}
        {phase.kind === "busy" && phase.what === "commit" ? <p>{t("committing")}</p> : null}
      </div>
    </div>
  );
}
