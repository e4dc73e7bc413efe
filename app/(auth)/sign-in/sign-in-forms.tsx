"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { sendMagicLink, signInWithPassword } from "./actions";

export function SignInForms() {
  const t = useTranslations("auth");
  const [state, passwordAction] = useActionState(signInWithPassword, null);
  const [linkState, linkAction] = useActionState(sendMagicLink, null);
  return (
    <div className="flex flex-col gap-6">
      <form
        action={passwordAction}
        className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-6"
        aria-labelledby="password-heading"
      >
        <h1 id="password-heading" className="text-xl font-bold">
          {t("signInTitle")}
        </h1>
        <FormMessage state={state} />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          required
          defaultValue={state?.values?.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
        />
        <SubmitButton>{t("signIn")}</SubmitButton>
      </form>
      <form
        action={linkAction}
        className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-6"
        aria-labelledby="link-heading"
      >
        <h2 id="link-heading" className="font-semibold">
          {t("magicLink")}
        </h2>
        <FormMessage state={linkState} />
        <TextField
          id="magic-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          required
        />
        <SubmitButton variant="secondary">{t("sendLink")}</SubmitButton>
      </form>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-semibold text-accent underline">
          {t("signUp")}
        </Link>
      </p>
    </div>
  );
}
