"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { RETENTION_YEARS_CHOICES, RETENTION_YEARS_DEFAULT } from "@/lib/services/privacy/retention-choices";
import { updateRetentionAction } from "./actions";

export function RetentionForm({ years }: { years: number }) {
  const t = useTranslations("privacy");
  const [state, action] = useActionState(updateRetentionAction, null);
  const formKey = useFormKey(state);
  const options = RETENTION_YEARS_CHOICES.map((n) => ({
    value: String(n),
    label: t(n === RETENTION_YEARS_DEFAULT ? "yearsDefault" : "years", { n }),
  }));
  return (
    <form key={formKey} action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <div className="sm:w-72">
        <SelectField
          name="retentionYears"
          label={t("retentionLabel")}
          options={options}
          defaultValue={state?.values?.retentionYears ?? String(years)}
          error={state?.fieldErrors?.retentionYears}
        />
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
      <div className="sm:basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
