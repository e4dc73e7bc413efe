import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/app/_components/locale-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-4 py-3">
        <span className="text-lg font-bold text-accent">Zairyu</span>
        <LocaleSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <p className="mb-6 text-sm text-gray-600">{t("tagline")}</p>
        {children}
      </main>
      <footer className="px-4 py-4 text-center text-xs text-gray-500">{t("disclaimer")}</footer>
    </div>
  );
}
