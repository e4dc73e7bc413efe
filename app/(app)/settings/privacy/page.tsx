import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { addMonthsClamped } from "@/lib/compliance";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { getRetentionSettings } from "@/lib/services/privacy/retention-settings";
import { RetentionForm } from "./retention-form";

export const metadata = { title: "Personal data" };

export default async function PrivacyPage() {
  const session = await requireTenant();
  const t = await getTranslations("privacy");
  const locale = await getLocale();
  const { retentionYears } = await getRetentionSettings(session);
  const keptUntil = addMonthsClamped(todayInJapan(), 12 * retentionYears);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-gray-600">{t("intro")}</p>
      </div>
      <section
        aria-labelledby="retention-heading"
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="retention-heading" className="font-semibold">
          {t("retentionTitle")}
        </h2>
        <p className="text-sm">{t("retentionHelp")}</p>
        <p className="font-medium" data-testid="retention-current">
          {t("current", { n: retentionYears })}
        </p>
        <p className="text-sm text-gray-600">{t("example", { date: formatDate(keptUntil, locale) })}</p>
        {session.actor.role === "owner" ? (
          <RetentionForm years={retentionYears} />
        ) : (
          <p className="text-sm text-gray-600">{t("ownerOnly")}</p>
        )}
      </section>
      <section
        aria-labelledby="export-heading"
        className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="export-heading" className="font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="text-sm">{t("exportHelp")}</p>
      </section>
    </div>
  );
}
