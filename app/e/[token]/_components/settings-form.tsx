"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { EmployeeFormState } from "../_lib/employee-action";

/** The employee's own language and email address. */
export function SettingsForm(props: {
  action: (prev: EmployeeFormState, form: FormData) => Promise<EmployeeFormState>;
  languages: { value: string; label: string }[];
  initial: { preferredLanguage: string; email: string };
  copy: { submit: string; fields: { preferredLanguage: string; email: string }; hints: { email: string } };
}) {
  const [state, action] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const c = props.copy;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <SelectField
        name="preferredLanguage"
        label={c.fields.preferredLanguage}
        required
        options={props.languages}
        defaultValue={state?.values?.preferredLanguage ?? props.initial.preferredLanguage}
        error={state?.fieldErrors?.preferredLanguage}
      />
      <TextField
        name="email"
        type="email"
        label={c.fields.email}
        hint={c.hints.email}
        required
        autoComplete="email"
        inputMode="email"
        defaultValue={state?.values?.email ?? props.initial.email}
        error={state?.fieldErrors?.email}
      />
      <div className="[&>button]:w-full [&>button]:py-3 [&>button]:text-lg">
        <SubmitButton>{c.submit}</SubmitButton>
      </div>
    </form>
  );
}
