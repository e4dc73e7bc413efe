"use server";

import { errorState, type FormState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/config";
import { currentLocale } from "@/lib/auth/tenant";
import { acceptInvitation } from "@/lib/services/team";
import { formToObject } from "@/lib/validation/common";

export async function acceptInvitationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await currentLocale();
  let email: string;
  try {
    ({ email } = await acceptInvitation(formToObject(form), locale));
  } catch (error) {
    return errorState(error, locale, form);
  }
  await signIn("credentials", {
    email,
    password: String(form.get("password") ?? ""),
    redirectTo: "/dashboard",
  });
  return null;
}
