import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { RiskBadge } from "@/app/_components/risk-badge";
import { requireTenant } from "@/lib/auth/tenant";
import { KEY_MANAGER_ROLES } from "@/lib/services/api-keys/create-api-key";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { CreateKeyForm } from "./create-key-form";
import { RevokeKeyForm } from "./revoke-key-form";
import { ApiSettingsHeader, formatDateTime } from "./shared";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const session = await requireTenant();
  const t = await getTranslations("apiSettings");
  const locale = await getLocale();
  const isManager = (KEY_MANAGER_ROLES as readonly string[]).includes(session.actor.role);
  if (!isManager)
    return (
      <div className="flex flex-col gap-6">
        <ApiSettingsHeader current="keys" />
        <p className="rounded-md border border-gray-300 bg-white p-4">{t("onlyManagers")}</p>
      </div>
    );
  const keys = await listApiKeys(session);
  return (
    <div className="flex flex-col gap-6">
      <ApiSettingsHeader current="keys" />
      <section
        aria-labelledby="create-key-heading"
        className="flex max-w-3xl flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="create-key-heading" className="text-lg font-semibold">
          {t("keys.createTitle")}
        </h2>
        <CreateKeyForm />
      </section>
      <section aria-labelledby="keys-heading" className="flex flex-col gap-3">
        <h2 id="keys-heading" className="text-lg font-semibold">
          {t("keys.listTitle")}
        </h2>
        {keys.length === 0 ? (
          <EmptyState>{t("keys.none")}</EmptyState>
        ) : (
          <>
            <ul className="flex flex-col gap-3 md:hidden">
              {keys.map((key) => (
                <li
                  key={key.id}
                  className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
                >
                  <div className="flex items-start justify-between gap-2">
                    <p className="font-medium">{key.name}</p>
                    {key.revokedAt ? (
                      <RiskBadge tone="info">{t("keys.revoked")}</RiskBadge>
                    ) : (
                      <RiskBadge tone="ok">{t("keys.active")}</RiskBadge>
                    )}
                  </div>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-gray-600">{t("keys.colKey")}</dt>
                    <dd className="font-mono">{key.prefix}…</dd>
                    <dt className="text-gray-600">{t("keys.colScopes")}</dt>
                    <dd>{key.scopes.map((s) => t(`keys.scope_${s}`)).join(" · ")}</dd>
                    <dt className="text-gray-600">{t("keys.colCreated")}</dt>
                    <dd>{formatDateTime(key.createdAt, locale)}</dd>
                    <dt className="text-gray-600">{t("keys.colLastUsed")}</dt>
                    <dd>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : t("keys.never")}</dd>
                  </dl>
                  {key.revokedAt ? null : <RevokeKeyForm keyId={key.id} keyName={key.name} />}
                </li>
              ))}
            </ul>
            <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{t("keys.listTitle")}</caption>
                <thead className="sticky top-0 bg-gray-50 text-left">
                  <tr>
                    {(
                      ["colName", "colKey", "colScopes", "colCreated", "colLastUsed", "colStatus"] as const
                    ).map((col) => (
                      <th key={col} scope="col" className="px-3 py-2 font-semibold">
                        {t(`keys.${col}`)}
                      </th>
                    ))}
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("keys.revoke")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((key) => (
                    <tr
                      key={key.id}
                      className={`border-t border-gray-100 ${key.revokedAt ? "text-gray-500" : ""}`}
                    >
                      <td className="px-3 py-2 font-medium">{key.name}</td>
                      <td className="whitespace-nowrap px-3 py-2 font-mono">{key.prefix}…</td>
                      <td className="px-3 py-2">{key.scopes.map((s) => t(`keys.scope_${s}`)).join(" · ")}</td>
                      <td className="whitespace-nowrap px-3 py-2">
                        {formatDateTime(key.createdAt, locale)}
                        {key.createdBy ? (
                          <div className="text-xs text-gray-600">{t("keys.by", { name: key.createdBy })}</div>
                        ) : null}
                      </td>
                      <td className="whitespace-nowrap px-3 py-2" data-testid="last-used">
                        {key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : t("keys.never")}
                      </td>
                      <td className="px-3 py-2">
                        {key.revokedAt ? (
                          <RiskBadge tone="info">{t("keys.revoked")}</RiskBadge>
                        ) : (
                          <RiskBadge tone="ok">{t("keys.active")}</RiskBadge>
                        )}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {key.revokedAt ? null : <RevokeKeyForm keyId={key.id} keyName={key.name} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
