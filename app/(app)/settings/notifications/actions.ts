"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { setDigestOptOut, updateLadders } from "@/lib/services/pipeline/notification-settings";

/** "7, 2, 0" → [7, 2, 0]; anything that is not a whole number is passed on for zod to name. */
const days = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(/[,\s、]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export const updateLaddersAction = tenantAction(async (form, session) => {
  await updateLadders(session, {
    employeeDaysBefore: days(form.get("employeeDaysBefore")),
    escalateAfterDays: Number(form.get("escalateAfterDays")),
    renewalDaysBefore: days(form.get("renewalDaysBefore")),
    employerDaysBefore: days(form.get("employerDaysBefore")),
  });
  revalidatePath("/settings/notifications");
});

export const setDigestAction = tenantAction(async (form, session) => {
  await setDigestOptOut(session, form.get("optOut") === "true");
  revalidatePath("/settings/notifications");
});
