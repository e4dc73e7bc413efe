"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { addLongVacation, removeLongVacation } from "@/lib/services/data/employee-hours";
import { formToObject } from "@/lib/validation/common";

export const addVacationAction = tenantAction(async (form, session) => {
  const { employeeId, ...input } = formToObject(form);
  await addLongVacation(session, String(employeeId ?? ""), input);
  revalidatePath(`/hours/${String(employeeId)}`);
});

export const removeVacationAction = tenantAction(async (form, session) => {
  const { employeeId } = await removeLongVacation(session, String(form.get("vacationId") ?? ""));
  revalidatePath(`/hours/${employeeId}`);
});
