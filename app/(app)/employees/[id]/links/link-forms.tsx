"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import type { FormState } from "@/lib/auth/action";
import { revokeEmployeeLinksAction, sendEmployeeLinkAction } from "./actions";

export function SendLinkForm({ employeeId }: { employeeId: string }) {
  const t = useTranslations("employeeLinks");
  const [state, action] = useActionState(sendEmployeeLinkAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      <SelectField
        name="scope"
        label={t("scope")}
        options={[
          { value: "duties", label: t("scopeDuties") },
          { value: "card_update", label: t("scopeCardUpdate") },
        ]}
        defaultValue="duties"
        error={state?.fieldErrors?.scope}
      />
      <SubmitButton>{t("send")}</SubmitButton>
    </form>
  );
}

/** Stops one link, or (no tokenId) every active link of the employee. */
export function RevokeForm({
  employeeId,
  tokenId,
  label,
}: {
  employeeId: string;
  tokenId?: string;
  label: string;
}) {
  const [state, action] = useActionState<FormState, FormData>(revokeEmployeeLinksAction, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="employeeId" value={employeeId} />
      {tokenId ? <input type="hidden" name="tokenId" value={tokenId} /> : null}
      <FormMessage state={state?.ok ? null : state} />
      <SubmitButton variant={tokenId ? "secondary" : "danger"}>{label}</SubmitButton>
    </form>
  );
}
