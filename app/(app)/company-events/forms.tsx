"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { recordCompanyEventAction, withdrawCompanyEventAction } from "./actions";

/** Records the previewed event exactly as previewed (hidden fields carry the previewed values). */
export function RecordCompanyEventForm({
  type,
  date,
  detail,
}: {
  type: string;
  date: string;
  detail: string;
}) {
  const t = useTranslations("companyEvents");
  const [state, action] = useActionState(recordCompanyEventAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="detail" value={detail} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>{t("record")}</SubmitButton>
      </div>
    </form>
  );
}

export function WithdrawForm({ companyEventId }: { companyEventId: string }) {
  const t = useTranslations("companyEvents");
  const [state, action] = useActionState(withdrawCompanyEventAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("withdrawConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="companyEventId" value={companyEventId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}
