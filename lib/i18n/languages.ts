/** Languages employee-facing pages and emails are written in. HR screens use ja and en. */
export const EMPLOYEE_LANGUAGES = ["ja", "en", "vi", "zh", "id", "ne", "tl", "my", "pt"] as const;
export type EmployeeLanguage = (typeof EMPLOYEE_LANGUAGES)[number];

export const HR_LOCALES = ["ja", "en"] as const;
export type HrLocale = (typeof HR_LOCALES)[number];

/** Each language's own name, shown in pickers so an employee finds theirs without reading Japanese. */
export const LANGUAGE_NAMES: Record<EmployeeLanguage, string> = {
  ja: "日本語",
  en: "English",
  vi: "Tiếng Việt",
  zh: "中文",
  id: "Bahasa Indonesia",
  ne: "नेपाली",
  tl: "Tagalog",
  my: "မြန်မာဘာသာ",
  pt: "Português",
};
