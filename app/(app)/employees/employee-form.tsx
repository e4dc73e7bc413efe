"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CardFields } from "@/app/_components/card-fields";
import { CheckboxField, SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { FormState } from "@/lib/auth/action";
import type { EmployeeFormOptions } from "@/lib/services/employee-form-options";

type Values = Record<string, string | boolean | null | undefined>;
type Mode = "create" | "edit" | "card";

/**
 * One form for the three ways HR writes employee facts: register (person + card), edit the person,
 * record a new card. Field names match the zod schema; card fields carry a "card." prefix.
 */
export function EmployeeForm(props: {
  mode: Mode;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  options: EmployeeFormOptions;
  initial?: Values;
  employeeId?: string;
}) {
  const t = useTranslations("fields");
  const te = useTranslations("employees");
  const [state, action] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const err = (name: string) => state?.fieldErrors?.[name.replace(/^card\./, "card.")];
  const val = (name: string) =>
    (state?.values?.[name] ?? (props.initial?.[name] as string | undefined) ?? undefined) as
      | string
      | undefined;
  const checked = (name: string, fallback: boolean) =>
    state?.values
      ? state.values[name] === "on"
      : ((props.initial?.[name] as boolean | undefined) ?? fallback);
  const opt = t("optional");
  const showPerson = props.mode !== "card";
  const showCard = props.mode !== "edit";
  return (
    <form key={formKey} action={action} className="flex flex-col gap-6" noValidate>
      {props.employeeId ? <input type="hidden" name="employeeId" value={props.employeeId} /> : null}
      <FormMessage state={state} />
      {showPerson ? (
        <fieldset className="grid grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{te("personSection")}</legend>
          <TextField
            name="nameOnCard"
            label={t("nameOnCard")}
            hint={t("nameOnCardHint")}
            required
            defaultValue={val("nameOnCard")}
            error={err("nameOnCard")}
          />
          <TextField
            name="nameKana"
            label={t("nameKana")}
            optionalText={opt}
            defaultValue={val("nameKana")}
            error={err("nameKana")}
          />
          <SelectField
            name="nationality"
            label={t("nationality")}
            required
            options={props.options.nationalities}
            placeholder={t("notSelected")}
            defaultValue={val("nationality")}
            error={err("nationality")}
          />
          <TextField
            name="dateOfBirth"
            type="date"
            label={t("dateOfBirth")}
            required
            defaultValue={val("dateOfBirth")}
            error={err("dateOfBirth")}
          />
          <SelectField
            name="sex"
            label={t("sex")}
            required
            options={[
              { value: "M", label: t("sexM") },
              { value: "F", label: t("sexF") },
            ]}
            placeholder={t("notSelected")}
            defaultValue={val("sex")}
            error={err("sex")}
          />
          <TextField
            name="email"
            type="email"
            label={t("email")}
            optionalText={opt}
            defaultValue={val("email")}
            error={err("email")}
          />
          <SelectField
            name="preferredLanguage"
            label={t("preferredLanguage")}
            options={props.options.languages}
            defaultValue={val("preferredLanguage") ?? "ja"}
            error={err("preferredLanguage")}
          />
          <TextField
            name="employeeNumber"
            label={t("employeeNumber")}
            optionalText={opt}
            defaultValue={val("employeeNumber")}
            error={err("employeeNumber")}
          />
          <TextField
            name="department"
            label={t("department")}
            optionalText={opt}
            defaultValue={val("department")}
            error={err("department")}
          />
          <SelectField
            name="workplaceId"
            label={t("workplaceId")}
            optionalText={opt}
            options={props.options.workplaces}
            placeholder="—"
            defaultValue={val("workplaceId")}
            error={err("workplaceId")}
          />
        </fieldset>
      ) : null}
      {showPerson ? (
        <fieldset className="grid grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{te("employmentSection")}</legend>
          <TextField
            name="employmentStartedOn"
            type="date"
            label={t("employmentStartedOn")}
            optionalText={opt}
            defaultValue={val("employmentStartedOn")}
            error={err("employmentStartedOn")}
          />
          <TextField
            name="contractConcludedOn"
            type="date"
            label={t("contractConcludedOn")}
            optionalText={opt}
            defaultValue={val("contractConcludedOn")}
            error={err("contractConcludedOn")}
          />
          <TextField
            name="employmentEndedOn"
            type="date"
            label={t("employmentEndedOn")}
            optionalText={opt}
            defaultValue={val("employmentEndedOn")}
            error={err("employmentEndedOn")}
          />
          <div className="flex flex-col gap-3 sm:col-span-2">
            <CheckboxField
              name="employmentInsurance"
              label={t("employmentInsurance")}
              defaultChecked={checked("employmentInsurance", true)}
            />
            <CheckboxField name="isWorker" label={t("isWorker")} defaultChecked={checked("isWorker", true)} />
          </div>
        </fieldset>
      ) : null}
      {showCard ? (
        <fieldset className="grid grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{te("cardSection")}</legend>
          <CardFields
            statuses={props.options.statuses}
            val={val}
            err={err}
            optionalText={opt}
            cardNumberHint={t("cardNumberHint")}
          />
          <TextField
            name="card.renewalAppliedOn"
            type="date"
            label={t("renewalAppliedOn")}
            optionalText={opt}
            defaultValue={val("card.renewalAppliedOn")}
            error={err("card.renewalAppliedOn")}
          />
          <div className="sm:col-span-2">
            <CheckboxField
              name="card.japaneseContract"
              label={t("japaneseContract")}
              defaultChecked={checked("card.japaneseContract", false)}
            />
          </div>
        </fieldset>
      ) : null}
      <div className="flex gap-3">
        <SubmitButton>{te("save")}</SubmitButton>
      </div>
    </form>
  );
}
