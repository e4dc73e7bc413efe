"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { revokeApiKeyAction } from "./actions";

export function RevokeKeyForm({ keyId, keyName }: { keyId: string; keyName: string }) {
  const t = useTranslations("apiSettings.keys");
  const [state, action] = useActionState(revokeApiKeyAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("revokeConfirm"))) event.preventDefault();
      }}
      aria-label={`${t("revoke")}: ${keyName}`}
    >
      <input type="hidden" name="keyId" value={keyId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <SubmitButton variant="danger">{t("revoke")}</SubmitButton>
    </form>
  );
}
