import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/_actions/locale";

export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {[
        { value: "ja", label: "日本語" },
        { value: "en", label: "English" },
      ].map((option) => (
        <button
          key={option.value}
          type="submit"
          name="locale"
          value={option.value}
          aria-pressed={locale === option.value}
          lang={option.value}
          className="rounded px-2 py-1 aria-pressed:bg-gray-900 aria-pressed:text-white hover:bg-gray-200 aria-pressed:hover:bg-gray-900"
        >
          {option.label}
        </button>
      ))}
    </form>
  );
}
