"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { EmployeeFormState } from "../_lib/employee-action";
import { FileField } from "./file-field";

export type CardFormCopy = {
  submit: string;
  choose: string;
  fields: {
    statusCode: string;
    periodOfStayExpiresOn: string;
    cardExpiresOn: string;
    cardNumber: string;
    front: string;
    back: string;
  };
  hints: { cardNumber: string; photo: string };
  rules: { file_too_large: string; file_type: string };
};

/** The new card as printed, and a photo of each side. Statuses are listed in Japanese and English. */
export function CardForm(props: {
  action: (prev: EmployeeFormState, form: FormData) => Promise<EmployeeFormState>;
  statuses: { value: string; label: string }[];
  copy: CardFormCopy;
}) {
  const [state, action] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const c = props.copy;
  const err = (name: string) => state?.fieldErrors?.[name];
  const val = (name: string) => state?.values?.[name];
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <SelectField
        name="statusCode"
        label={c.fields.statusCode}
        required
        options={props.statuses}
        placeholder={c.choose}
        defaultValue={val("statusCode")}
        error={err("statusCode")}
      />
      <TextField
        name="periodOfStayExpiresOn"
        type="date"
        label={c.fields.periodOfStayExpiresOn}
        defaultValue={val("periodOfStayExpiresOn")}
        error={err("periodOfStayExpiresOn")}
      />
      <TextField
        name="cardExpiresOn"
        type="date"
        label={c.fields.cardExpiresOn}
        defaultValue={val("cardExpiresOn")}
        error={err("cardExpiresOn")}
      />
      <TextField
        name="cardNumber"
        label={c.fields.cardNumber}
        hint={c.hints.cardNumber}
        required
        maxLength={12}
        autoComplete="off"
        defaultValue={val("cardNumber")}
        error={err("cardNumber")}
      />
      <FileField
        name="front"
        label={c.fields.front}
        hint={c.hints.photo}
        required
        error={err("front")}
        tooLarge={c.rules.file_too_large}
        wrongType={c.rules.file_type}
      />
      <FileField
        name="back"
        label={c.fields.back}
        hint={c.hints.photo}
        required
        error={err("back")}
        tooLarge={c.rules.file_too_large}
        wrongType={c.rules.file_type}
      />
      <div className="[&>button]:w-full [&>button]:py-3 [&>button]:text-lg">
        <SubmitButton>{c.submit}</SubmitButton>
      </div>
    </form>
  );
}
