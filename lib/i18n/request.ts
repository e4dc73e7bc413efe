import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "@/lib/auth/tenant";
import { MESSAGES } from "@/messages";

/** HR screens: Japanese or English, from the user's choice (cookie) or the browser. */
export default getRequestConfig(async ({ locale }) => {
  const resolved = locale === "ja" || locale === "en" ? locale : await currentLocale();
  return { locale: resolved, messages: MESSAGES[resolved], timeZone: "Asia/Tokyo" };
});
