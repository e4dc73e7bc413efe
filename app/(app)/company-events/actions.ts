"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { deleteCompanyEvent, recordCompanyEvent } from "@/lib/services/pipeline/record-company-event";
import { formToObject } from "@/lib/validation/common";

export const recordCompanyEventAction = tenantAction(async (form, session) => {
  const { type, date, detail } = formToObject(form);
  await recordCompanyEvent(session, { type, date, detail });
  revalidatePath("/company-events");
  return "/company-events";
});

export const withdrawCompanyEventAction = tenantAction(async (form, session) => {
  await deleteCompanyEvent(session, String(form.get("companyEventId") ?? ""));
  revalidatePath("/company-events");
});
