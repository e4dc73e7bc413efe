"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { addVacationAction, removeVacationAction } from "./actions";

export function AddVacationForm({ employeeId }: { employeeId: string }) {
  const t = useTranslations("hours");
  const [state, action] = useActionState(addVacationAction, null);
  const key = useFormKey(state);
  return (
    <form key={key} action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          name="startsOn"
          type="date"
          label={t("startsOn")}
          required
          defaultValue={state?.values?.startsOn}
          error={state?.fieldErrors?.startsOn}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("endsOn")}
          required
          defaultValue={state?.values?.endsOn}
          error={state?.fieldErrors?.endsOn}
        />
        <SubmitButton variant="secondary">{t("addVacation")}</SubmitButton>
      </div>
    </form>
  );
}

/** The visible word is short ("Remove"); the accessible name says which vacation. */
export function RemoveVacationForm({
  vacationId,
  text,
  label,
}: {
  vacationId: string;
  text: string;
  label: string;
}) {
  const [state, action] = useActionState(removeVacationAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="vacationId" value={vacationId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <button
        type="submit"
        className="rounded border border-gray-300 px-2 py-1 text-xs hover:bg-gray-50"
        aria-label={label}
      >
        {text}
      </button>
    </form>
  );
}
