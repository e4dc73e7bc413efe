"use server";

import { cookies } from "next/headers";
import { auth } from "@/lib/auth/config";
import { HR_LOCALES, type HrLocale } from "@/lib/i18n/languages";
import { setUserLocale } from "@/lib/services/set-user-locale";

/** Switches the HR interface language for this browser and remembers it on the user. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!HR_LOCALES.includes(locale as HrLocale)) return;
  (await cookies()).set("NEXT_LOCALE", locale as string, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 3600,
  });
  const session = await auth();
  if (session?.user?.id) await setUserLocale(session.user.id, locale as HrLocale);
}
