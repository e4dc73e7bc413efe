import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import type { HrLocale } from "@/lib/i18n/languages";

/** A user's own interface language (users are global, not tenant rows). */
export async function setUserLocale(userId: string, locale: HrLocale): Promise<void> {
  await systemConnection().db.update(users).set({ locale }).where(eq(users.id, userId));
}
