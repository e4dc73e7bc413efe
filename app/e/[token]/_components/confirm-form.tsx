"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { EmployeeFormState } from "../_lib/employee-action";
import { FileField } from "./file-field";

export type ConfirmFormCopy = {
  heading: string;
  intro: string;
  proofRule: string;
  submit: string;
  channels: { online: string; counter: string; post: string };
  fields: { filedOn: string; channel: string; receiptNumber: string; proof: string };
  hints: { receiptNumber: string; proof: string };
  rules: { file_too_large: string; file_type: string };
};

/** "I have filed it": date, channel, and a receipt number and/or a file. One clear button. */
export function ConfirmForm(props: {
  action: (prev: EmployeeFormState, form: FormData) => Promise<EmployeeFormState>;
  dutyId: string;
  today: string;
  channels: readonly ("online" | "counter" | "post")[];
  copy: ConfirmFormCopy;
}) {
  const [state, action] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const c = props.copy;
  const err = (name: string) => state?.fieldErrors?.[name];
  const val = (name: string) => state?.values?.[name];
  const channel = val("channel") ?? props.channels[0];
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <div>
        <h2 className="text-lg font-bold">{c.heading}</h2>
        <p className="text-sm text-gray-700">{c.intro}</p>
      </div>
      <FormMessage state={state} />
      <input type="hidden" name="dutyId" value={props.dutyId} />
      <TextField
        name="filedOn"
        type="date"
        label={c.fields.filedOn}
        required
        defaultValue={val("filedOn") ?? props.today}
        error={err("filedOn")}
      />
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={err("channel") ? "f-channel-error" : undefined}
      >
        <legend className="text-sm font-medium">{c.fields.channel}</legend>
        {props.channels.map((value) => (
          <label key={value} className="flex items-center gap-3 rounded-md border border-gray-300 px-3 py-3">
            <input
              type="radio"
              name="channel"
              value={value}
              defaultChecked={channel === value}
              className="h-5 w-5"
            />
            {c.channels[value]}
          </label>
        ))}
        {err("channel") ? (
          <p id="f-channel-error" role="alert" className="text-sm text-red-700">
            {err("channel")}
          </p>
        ) : null}
      </fieldset>
      <p className="text-sm font-medium">{c.proofRule}</p>
      <TextField
        name="receiptNumber"
        label={c.fields.receiptNumber}
        hint={c.hints.receiptNumber}
        maxLength={40}
        defaultValue={val("receiptNumber")}
        error={err("receiptNumber")}
      />
      <FileField
        name="proof"
        label={c.fields.proof}
        hint={c.hints.proof}
        error={err("proof")}
        tooLarge={c.rules.file_too_large}
        wrongType={c.rules.file_type}
      />
      <div className="[&>button]:w-full [&>button]:py-3 [&>button]:text-lg">
        <SubmitButton>{c.submit}</SubmitButton>
      </div>
    </form>
  );
}
