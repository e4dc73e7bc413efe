import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, todayInJapan } from "@/lib/i18n/format";

/** Date and time in Japan, the house date format plus HH:mm (e.g. 2026年4月14日 (火) 09:05). */
export function formatDateTime(value: Date | null | undefined, locale: string): string {
  if (!value) return "—";
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Tokyo",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(value);
  return `${formatDate(todayInJapan(value), locale)} ${time}`;
}

/** Title, links to the reference, and the two tabs (keys / webhooks) shared by both settings pages. */
export async function ApiSettingsHeader({ current }: { current: "keys" | "webhooks" }) {
  const t = await getTranslations("apiSettings");
  const tabs = [
    { id: "keys", href: "/settings/api-keys", label: t("tabKeys") },
    { id: "webhooks", href: "/settings/webhooks", label: t("tabWebhooks") },
  ] as const;
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href="/api/docs" className="font-medium text-accent underline">
          {t("docsLink")}
        </a>
        <a href="/api/v1/openapi.json" className="font-medium text-accent underline">
          {t("openapiLink")}
        </a>
      </p>
      <nav aria-label={t("title")} className="border-b border-gray-200">
        <ul className="flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={tab.id === current ? "page" : undefined}
                className="-mb-px block border-b-2 border-transparent px-3 py-2 text-sm font-medium hover:bg-gray-100 aria-[current=page]:border-accent aria-[current=page]:text-accent"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
