import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { getNotificationSettings } from "@/lib/services/pipeline/notification-settings";
import { DigestForm, LadderForm } from "./forms";

export default async function NotificationSettingsPage() {
  const session = await requireTenant();
  const t = await getTranslations("notificationSettings");
  const settings = await getNotificationSettings(session);
  const canEdit = session.actor.role === "owner" || session.actor.role === "admin";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {session.actor.role === "owner" ? (
          <Link href="/ops/queues" className="text-accent underline">
            {t("opsLink")}
          </Link>
        ) : null}
      </div>
      <section aria-labelledby="ladders-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="ladders-heading" className="mb-3 text-lg font-semibold">
          {t("laddersTitle")}
        </h2>
        {canEdit ? (
          <LadderForm ladders={settings.ladders} />
        ) : (
          <>
            <p className="mb-2 text-sm text-gray-700">{t("onlyOwners")}</p>
            <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {(
                [
                  "employeeDaysBefore",
                  "escalateAfterDays",
                  "renewalDaysBefore",
                  "employerDaysBefore",
                ] as const
              ).map((k) => (
                <div key={k}>
                  <dt className="text-xs text-gray-600">{t(k)}</dt>
                  <dd>{String(settings.ladders[k])}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>
      <section aria-labelledby="digest-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="digest-heading" className="mb-1 text-lg font-semibold">
          {t("digestTitle")}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{t("digestHint")}</p>
        <DigestForm optOut={settings.digestOptOut} />
      </section>
    </div>
  );
}
