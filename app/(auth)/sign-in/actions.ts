"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/config";

export async function signInWithPassword(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirectTo: "/dashboard" });
  } catch (error) {
    // One message for an unknown email and a wrong password.
    if (error instanceof AuthError) return { ok: false, message: (await getTranslations("auth"))("invalid"), values: { email: String(form.get("email") ?? "") } };
    throw error;
  }
  return null;
}

export async function sendMagicLink(_prev: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  try {
    await signIn("nodemailer", { email, redirectTo: "/dashboard", redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: (await getTranslations("auth"))("invalid") };
    throw error;
  }
  redirect("/sign-in/check-email");
}
