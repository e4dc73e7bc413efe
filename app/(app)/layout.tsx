import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/_actions/sign-out";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { requireTenant } from "@/lib/auth/tenant";
import { NAV_ITEMS } from "./nav-items";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireTenant();
  const t = await getTranslations();
  const links = NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.key as "nav.dashboard") }));
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("app.skip")}
      </a>
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/dashboard" className="text-lg font-bold text-accent">
            Zairyu
          </Link>
          <span className="text-sm text-gray-600" data-testid="company-name">
            {session.company.name}
          </span>
          <nav
            aria-label={t("nav.menu")}
            className="order-last w-full overflow-x-auto sm:order-none sm:w-auto"
          >
            <ul className="flex gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="block whitespace-nowrap rounded px-3 py-2 text-sm font-medium hover:bg-gray-100"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LocaleSwitch />
            <form action={signOutAction}>
              <button type="submit" className="rounded px-3 py-2 text-sm hover:bg-gray-100">
                {t("nav.signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-gray-200 px-4 py-4 text-center text-xs text-gray-500">
        {t("app.disclaimer")}
      </footer>
    </div>
  );
}
