"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUpAction, null);
  const formKey = useFormKey(state);
  const err = (name: string) => state?.fieldErrors?.[name];
  const val = (name: string) => state?.values?.[name];
  return (
    <form
      key={formKey}
      action={action}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-6"
      noValidate
    >
      <h1 className="text-xl font-bold">{t("signUpTitle")}</h1>
      <FormMessage state={state} />
      <TextField
        name="companyName"
        label={t("companyName")}
        required
        autoComplete="organization"
        defaultValue={val("companyName")}
        error={err("companyName")}
      />
      <TextField
        name="name"
        label={t("yourName")}
        required
        autoComplete="name"
        defaultValue={val("name")}
        error={err("name")}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        required
        autoComplete="email"
        defaultValue={val("email")}
        error={err("email")}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        required
        autoComplete="new-password"
        error={err("password")}
      />
      <SubmitButton>{t("signUp")}</SubmitButton>
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-accent underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
