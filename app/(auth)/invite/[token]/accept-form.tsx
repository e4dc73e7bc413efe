"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { acceptInvitationAction } from "./actions";

export function AcceptForm({
  token,
  email,
  companyName,
}: {
  token: string;
  email: string;
  companyName: string;
}) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(acceptInvitationAction, null);
  return (
    <form
      action={action}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-6"
      noValidate
    >
      <h1 className="text-xl font-bold">{t("inviteTitle")}</h1>
      <p>
        {companyName} · {email}
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="name"
        label={t("yourName")}
        required
        autoComplete="name"
        error={state?.fieldErrors?.name}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        required
        autoComplete="new-password"
        error={state?.fieldErrors?.password}
      />
      <SubmitButton>{t("accept")}</SubmitButton>
    </form>
  );
}
