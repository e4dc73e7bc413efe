import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { requireTenant } from "@/lib/auth/tenant";
import { AppError } from "@/lib/errors";
import { listWebhookDeliveries } from "@/lib/services/webhooks/deliveries";
import { ApiSettingsHeader, formatDateTime } from "../../api-keys/shared";
import { ResendForm } from "../forms";
import { DeliveryStatus, eventKey } from "../status";

export const metadata = { title: "Webhook deliveries" };

export default async function DeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const t = await getTranslations("apiSettings.webhooks");
  const locale = await getLocale();
  // Another company's endpoint, an unknown id and a viewer all get the same 404.
  const log = await listWebhookDeliveries(session, id).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-6">
      <ApiSettingsHeader current="webhooks" />
      <div className="flex flex-col gap-1">
        <Link href="/settings/webhooks" className="text-sm text-accent underline">
          ← {t("back")}
        </Link>
        <h2 className="text-lg font-semibold">{t("deliveriesTitle")}</h2>
        <p className="break-all font-mono text-sm">{log.endpoint.url}</p>
      </div>
      {log.deliveries.length === 0 ? (
        <EmptyState>{t("noDeliveries")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("deliveriesTitle")}</caption>
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("colEvent")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("colStatus")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("colAttempts")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("colResult")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-semibold md:table-cell">
                  {t("colCreated")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-semibold md:table-cell">
                  {t("colDelivered")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("resend")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.deliveries.map((d) => (
                <tr key={d.id} className="border-t border-gray-100 align-top">
                  <td className="px-3 py-2">
                    <div className="font-medium">{t(eventKey(d.eventType))}</div>
                    <div className="break-all font-mono text-xs text-gray-600">{d.eventKey}</div>
                  </td>
                  <td className="px-3 py-2">
                    <DeliveryStatus status={d.status} label={t(d.status)} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{d.attempts}</td>
                  <td className="px-3 py-2">
                    {d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}
                  </td>
                  <td className="hidden whitespace-nowrap px-3 py-2 md:table-cell">
                    {formatDateTime(d.createdAt, locale)}
                  </td>
                  <td className="hidden whitespace-nowrap px-3 py-2 md:table-cell">
                    {formatDateTime(d.deliveredAt, locale)}
                  </td>
                  <td className="px-3 py-2 text-right">
                    <ResendForm
                      deliveryId={d.id}
                      endpointId={log.endpoint.id}
                      canResend={d.status === "failed" || d.status === "delivered"}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
