"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { inviteMemberAction } from "../actions";

export function InviteForm() {
  const t = useTranslations("team");
  const ta = useTranslations("auth");
  const [state, action] = useActionState(inviteMemberAction, null);
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-3 sm:items-end" noValidate>
      <div className="sm:col-span-3">
        <FormMessage state={state?.ok ? { ...state, message: t("invited") } : state} />
      </div>
      <TextField name="email" type="email" label={ta("email")} required error={state?.fieldErrors?.email} />
      <SelectField
        name="role"
        label={t("role")}
        options={(["admin", "hr", "viewer"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        defaultValue="hr"
        error={state?.fieldErrors?.role}
      />
      <SubmitButton>{t("inviteSend")}</SubmitButton>
    </form>
  );
}
