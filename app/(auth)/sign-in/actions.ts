"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/config";
import { RATE_LIMITED_PATH } from "@/lib/security/sign-in-limits";

export async function signInWithPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: "/dashboard",
    });
  } catch (error) {
    // Limits are keyed by the email typed, known or not, so "too many attempts" reveals no account.
    if (error instanceof CredentialsSignin && error.code === "rate_limited")
      return { ok: false, message: (await getTranslations("security"))("rateLimited"), values: { email } };
    // One message for an unknown email and a wrong password.
    if (error instanceof AuthError)
      return { ok: false, message: (await getTranslations("auth"))("invalid"), values: { email } };
    throw error;
  }
  return null;
}

export async function sendMagicLink(_prev: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase();
  let next: string;
  try {
    next = await signIn("nodemailer", { email, redirectTo: "/dashboard", redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: (await getTranslations("auth"))("invalid") };
    throw error;
  }
  if (next.includes(RATE_LIMITED_PATH))
    return { ok: false, message: (await getTranslations("security"))("rateLimited") };
  redirect("/sign-in/check-email");
}
