"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { addWorkplaceAction, updateCompanyAction } from "../actions";

type Company = Record<string, string | null>;

export function CompanyForm({
  company,
  offices,
  canEdit,
}: {
  company: Company;
  offices: { value: string; label: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations("company");
  const [state, action] = useActionState(updateCompanyAction, null);
  const formKey = useFormKey(state);
  const err = (n: string) => state?.fieldErrors?.[n];
  const val = (n: string) => state?.values?.[n] ?? company[n] ?? undefined;
  const fields = [
    "legalNameJa",
    "legalNameEn",
    "corporateNumber",
    "headOfficePostalCode",
    "headOfficeAddress",
    "helloWorkOffice",
    "employmentInsuranceOfficeNumber",
  ] as const;
  return (
    <form
      key={formKey}
      action={action}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      <FormMessage state={state} />
      <fieldset disabled={!canEdit} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {fields.map((name) => (
          <TextField
            key={name}
            name={name}
            label={t(name)}
            required={name === "legalNameJa"}
            defaultValue={val(name)}
            error={err(name)}
          />
        ))}
        <SelectField
          name="immigrationOffice"
          label={t("immigrationOffice")}
          options={offices}
          placeholder="—"
          defaultValue={val("immigrationOffice")}
          error={err("immigrationOffice")}
        />
      </fieldset>
      {canEdit ? (
        <div>
          <SubmitButton>{t("title")} ✓</SubmitButton>
        </div>
      ) : null}
    </form>
  );
}

export function WorkplaceForm() {
  const t = useTranslations("company");
  const [state, action] = useActionState(addWorkplaceAction, null);
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-4 sm:items-end" noValidate>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
      <TextField name="name" label={t("workplaceName")} required error={state?.fieldErrors?.name} />
      <TextField name="postalCode" label={t("postalCode")} error={state?.fieldErrors?.postalCode} />
      <TextField name="address" label={t("address")} required error={state?.fieldErrors?.address} />
      <SubmitButton variant="secondary">{t("addWorkplace")}</SubmitButton>
    </form>
  );
}
