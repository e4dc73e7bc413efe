"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { archiveEmployee } from "@/lib/services/archive-employee";
import { createEmployee } from "@/lib/services/create-employee";
import { recordCard } from "@/lib/services/record-card";
import { updateEmployee } from "@/lib/services/update-employee";
import { formToObject } from "@/lib/validation/common";
import { CARD_FORM_BOOLEANS, EMPLOYEE_FORM_BOOLEANS } from "@/lib/validation/employee";

/** Flat form fields → {employee fields…, card: {…}} ("card." prefix), checkboxes as booleans. */
function employeeInput(form: FormData) {
  const flat = formToObject(form, [...EMPLOYEE_FORM_BOOLEANS, ...CARD_FORM_BOOLEANS]);
  const employee: Record<string, unknown> = {};
  const card: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key === "employeeId") continue;
    if (key.startsWith("card.")) card[key.slice(5)] = value;
    else employee[key] = value;
  }
  return { employee, card };
}

export const createEmployeeAction = tenantAction(async (form, session) => {
  const { employee, card } = employeeInput(form);
  const created = await createEmployee(session, { ...employee, card });
  revalidatePath("/employees");
  return `/employees/${created.id}`;
});

export const updateEmployeeAction = tenantAction(async (form, session) => {
  const id = String(form.get("employeeId") ?? "");
  await updateEmployee(session, id, employeeInput(form).employee);
  return `/employees/${id}`;
});

export const recordCardAction = tenantAction(async (form, session) => {
  const id = String(form.get("employeeId") ?? "");
  await recordCard(session, id, employeeInput(form).card);
  return `/employees/${id}`;
});

export const archiveEmployeeAction = tenantAction(async (form, session) => {
  await archiveEmployee(session, String(form.get("employeeId") ?? ""));
  revalidatePath("/employees");
  return "/employees";
});
