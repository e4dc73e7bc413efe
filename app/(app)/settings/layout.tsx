import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SETTINGS_ITEMS } from "../nav-items";

/** Settings pages share a list of the others: beside the page on wide screens, above it on phones. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <nav aria-label={t("nav.settings")} className="lg:w-56 lg:shrink-0">
        <ul className="flex gap-1 overflow-x-auto lg:flex-col">
          {SETTINGS_ITEMS.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block whitespace-nowrap rounded px-3 py-2 text-sm font-medium hover:bg-gray-100"
              >
                {t(item.key as "nav.company")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
