"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { updateRetentionSettings } from "@/lib/services/privacy/retention-settings";
import { formToObject } from "@/lib/validation/common";

export const updateRetentionAction = tenantAction(async (form, session) => {
  await updateRetentionSettings(session, formToObject(form));
  revalidatePath("/settings/privacy");
});
