"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { archiveEmployeeAction } from "../actions";

export function ArchiveForm({ employeeId }: { employeeId: string }) {
  const t = useTranslations("employees");
  const [state, action] = useActionState(archiveEmployeeAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("archiveConfirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormMessage state={state} />
      <SubmitButton variant="danger">{t("archive")}</SubmitButton>
    </form>
  );
}
