"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { addWorkplace, updateCompanyProfile } from "@/lib/services/company-profile";
import { inviteMember } from "@/lib/services/team";
import { formToObject } from "@/lib/validation/common";

export const updateCompanyAction = tenantAction(async (form, session) => {
  await updateCompanyProfile(session, formToObject(form));
  revalidatePath("/settings/company");
});

export const addWorkplaceAction = tenantAction(async (form, session) => {
  await addWorkplace(session, formToObject(form));
  revalidatePath("/settings/company");
});

export const inviteMemberAction = tenantAction(async (form, session) => {
  await inviteMember(session, formToObject(form), session.user.name ?? session.user.email);
  revalidatePath("/settings/team");
});
