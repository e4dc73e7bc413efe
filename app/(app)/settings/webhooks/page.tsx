import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { RiskBadge } from "@/app/_components/risk-badge";
import { WEBHOOK_EVENTS } from "@/db/schema";
import { requireTenant } from "@/lib/auth/tenant";
import { listWebhookEndpoints, WEBHOOK_MANAGER_ROLES } from "@/lib/services/webhooks/manage-endpoints";
import { ApiSettingsHeader } from "../api-keys/shared";
import { CreateEndpointForm, DisableEndpointForm } from "./forms";
import { DeliveryStatus, eventKey } from "./status";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const session = await requireTenant();
  const t = await getTranslations("apiSettings");
  if (!(WEBHOOK_MANAGER_ROLES as readonly string[]).includes(session.actor.role))
    return (
      <div className="flex flex-col gap-6">
        <ApiSettingsHeader current="webhooks" />
        <p className="rounded-md border border-gray-300 bg-white p-4">{t("onlyManagers")}</p>
      </div>
    );
  const endpoints = await listWebhookEndpoints(session);
  return (
    <div className="flex flex-col gap-6">
      <ApiSettingsHeader current="webhooks" />
      <section
        aria-labelledby="create-endpoint-heading"
        className="flex max-w-3xl flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="create-endpoint-heading" className="text-lg font-semibold">
          {t("webhooks.createTitle")}
        </h2>
        <CreateEndpointForm eventTypes={WEBHOOK_EVENTS} />
      </section>
      <section aria-labelledby="endpoints-heading" className="flex flex-col gap-3">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          {t("webhooks.listTitle")}
        </h2>
        {endpoints.length === 0 ? (
          <EmptyState>{t("webhooks.none")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {endpoints.map((endpoint) => (
              <li
                key={endpoint.id}
                className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="break-all font-mono text-sm">{endpoint.url}</p>
                  {endpoint.disabledAt ? (
                    <RiskBadge tone="info">{t("webhooks.disabled")}</RiskBadge>
                  ) : (
                    <RiskBadge tone="ok">{t("webhooks.active")}</RiskBadge>
                  )}
                </div>
                <p className="text-sm text-gray-700">
                  <span className="font-medium">{t("webhooks.colEvents")}: </span>
                  {endpoint.events.map((type) => t(`webhooks.${eventKey(type)}`)).join(" · ")}
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium">{t("webhooks.colDeliveries")}:</span>
                  {Object.keys(endpoint.deliveries).length === 0 ? (
                    <span className="text-gray-600">—</span>
                  ) : null}
                  {(["delivered", "failed", "pending", "delivering"] as const).map((status) =>
                    endpoint.deliveries[status] ? (
                      <DeliveryStatus
                        key={status}
                        status={status}
                        label={`${t(`webhooks.${status}`)} ${endpoint.deliveries[status]}`}
                      />
                    ) : null,
                  )}
                </p>
                <div className="flex flex-wrap items-center gap-3">
                  <Link
                    href={`/settings/webhooks/${endpoint.id}`}
                    className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-gray-50"
                  >
                    {t("webhooks.log")}
                  </Link>
                  {endpoint.disabledAt ? null : (
                    <DisableEndpointForm endpointId={endpoint.id} url={endpoint.url} />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
