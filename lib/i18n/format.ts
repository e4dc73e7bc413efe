/**
 * Japan calendar dates (ISO YYYY-MM-DD) shown the house way, whatever the server's time zone:
 * ja "2026年4月14日 (火)", en "Tue 14 Apr 2026". The date is built in UTC and formatted in UTC, so
 * no zone can shift it by a day.
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (locale === "ja") {
    const weekday = formatter("ja-JP", { weekday: "short", timeZone: "UTC" }).format(date);
    return `${y}年${m}月${d}日 (${weekday})`;
  }
  if (locale === "en") {
    const parts = formatter("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("weekday")} ${get("day")} ${get("month")} ${get("year")}`;
  }
  return formatter(locale, { dateStyle: "full", timeZone: "UTC" }).format(date);
}

/** Today's date in Japan as YYYY-MM-DD. The one place outside the engine that asks the clock. */
export function todayInJapan(now: Date = new Date()): string {
  return formatter("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/**
 * Building an Intl.DateTimeFormat costs about a hundred times more than using one (bench/email.ts: a
 * quarter of the worker's time per email went here), so each locale and option set is built once.
 * Formatters hold no state between calls.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}
