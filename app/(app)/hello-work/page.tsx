import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { requireTenant } from "@/lib/auth/tenant";
import { AppError } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { listHelloWorkReports } from "@/lib/services/data/hello-work";
import { defaultPeriod } from "./period";
import { ReportCard } from "./report-card";

export const metadata = { title: "Hello Work reports" };

/** /hello-work?from=&to= — each hire and separation of the period with its pre-filled report fields. */
export default async function HelloWorkPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const session = await requireTenant();
  const t = await getTranslations("helloWork");
  const today = todayInJapan();
  const raw = await searchParams;
  const period = {
    ...defaultPeriod(today),
    ...(raw.from ? { from: raw.from } : {}),
    ...(raw.to ? { to: raw.to } : {}),
  };
  let data: Awaited<ReturnType<typeof listHelloWorkReports>> | null = null;
  let problem: string | null = null;
  try {
    data = await listHelloWorkReports(session, period);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid_input") throw error;
    problem = error.issues.map((i) => i.message).join(" ");
  }
  const qs = new URLSearchParams(period).toString();
  const link = "rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-gray-50";
  const control = "rounded-md border border-gray-300 bg-white px-3 py-2 text-base";
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{t("help")}</p>
      <form
        action="/hello-work"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="hw-from" className="text-sm font-medium">
            {t("from")}
          </label>
          <input id="hw-from" name="from" type="date" defaultValue={period.from} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="hw-to" className="text-sm font-medium">
            {t("to")}
          </label>
          <input id="hw-to" name="to" type="date" defaultValue={period.to} className={control} />
        </div>
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 font-semibold text-white">
          {t("show")}
        </button>
        <a href={`/hello-work/csv?${qs}`} className={link} download>
          {t("csv")}
        </a>
        <a href={`/hello-work/csv?${qs}&encoding=shift_jis`} className={link} download>
          {t("csvSjis")}
        </a>
      </form>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      {data ? (
        <>
          <div className="flex flex-col gap-1 text-sm text-gray-700">
            <p>
              {data.company.helloWorkOffice
                ? t("office", { office: data.company.helloWorkOffice })
                : t("noOffice")}
            </p>
            {data.company.officeNumber ? (
              <p>{t("officeNumber", { number: data.company.officeNumber })}</p>
            ) : null}
            <p>{t("noAddress")}</p>
            {session.actor.role === "viewer" ? <p>{t("masked")}</p> : null}
            <p>
              {t("links")}:{" "}
              <a
                className="text-accent underline"
                href="https://shinsei.e-gov.go.jp/"
                rel="noreferrer noopener"
                target="_blank"
              >
                {t("egov")}
              </a>
              {" · "}
              <a
                className="text-accent underline"
                href="https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyou/gaikokujin/gaikokujin-koyou/07.html"
                rel="noreferrer noopener"
                target="_blank"
              >
                {t("mhlw")}
              </a>
            </p>
          </div>
          <h2 className="font-semibold">{t("summary", { n: data.reports.length })}</h2>
          {data.reports.length === 0 ? <EmptyState>{t("none")}</EmptyState> : null}
          <ul className="flex flex-col gap-4">
            {data.reports.map((r) => (
              <ReportCard key={r.dutyId} report={r} today={today} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
