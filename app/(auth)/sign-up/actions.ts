"use server";

import { errorState, type FormState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/config";
import { clientIp, currentLocale } from "@/lib/auth/tenant";
import { signUp } from "@/lib/services/sign-up";
import { formToObject } from "@/lib/validation/common";

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const input: Record<string, unknown> = { ...formToObject(form), locale };
  try {
    await signUp(input, locale, await clientIp());
  } catch (error) {
    return errorState(error, locale, form);
  }
  await signIn("credentials", {
    email: String(input.email ?? ""),
    password: String(input.password ?? ""),
    redirectTo: "/dashboard",
  });
  return null;
}
