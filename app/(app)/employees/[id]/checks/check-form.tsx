"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField, Field, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { recordCardCheckAction } from "./actions";

/** The check form: four items (R8), the date, OK/problem, a note, an optional screenshot. */
export function CheckForm({
  employeeId,
  today,
  needsDesignation,
}: {
  employeeId: string;
  today: string;
  needsDesignation: boolean;
}) {
  const t = useTranslations("cardChecks.form");
  const [state, action] = useActionState(recordCardCheckAction, null);
  const key = useFormKey(state);
  const v = (name: string) => state?.values?.[name];
  const err = (name: string) => state?.fieldErrors?.[name];
  return (
    <form key={key} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormMessage state={state} />
      <div className="max-w-xs">
        <TextField
          name="checkedOn"
          type="date"
          label={t("checkedOn")}
          required
          defaultValue={v("checkedOn") ?? today}
          error={err("checkedOn")}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t("items")}</legend>
        <CheckboxField
          name="originalSeen"
          label={t("originalSeen")}
          defaultChecked={v("originalSeen") === "on"}
          error={err("originalSeen")}
        />
        <CheckboxField
          name="lapseCheckDone"
          label={t("lapseCheckDone")}
          defaultChecked={v("lapseCheckDone") === "on"}
          error={err("lapseCheckDone")}
        />
        <p className="ml-7 text-xs text-gray-600">{t("lapseHint")}</p>
        <CheckboxField
          name="icChipRead"
          label={t("icChipRead")}
          defaultChecked={v("icChipRead") === "on"}
          error={err("icChipRead")}
        />
        <CheckboxField
          name="designationRead"
          label={`${t("designationRead")}${needsDesignation ? " *" : ""}`}
          defaultChecked={v("designationRead") === "on"}
          error={err("designationRead")}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">
          {t("result")}
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        </legend>
        <div className="flex flex-wrap gap-4">
          {(["ok", "problem"] as const).map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input
                type="radio"
                name="result"
                value={r}
                defaultChecked={(v("result") ?? "ok") === r}
                className="h-5 w-5"
                aria-invalid={err("result") ? true : undefined}
              />
              {t(r)}
            </label>
          ))}
        </div>
        {err("result") ? (
          <p className="text-sm text-red-700" role="alert">
            {err("result")}
          </p>
        ) : null}
      </fieldset>
      <Field name="note" label={t("note")} hint={t("noteHint")} error={err("note")}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            maxLength={500}
            defaultValue={v("note")}
            className="rounded-md border border-gray-300 bg-white px-3 py-2 text-base"
          />
        )}
      </Field>
      <Field name="screenshot" label={t("screenshot")} hint={t("screenshotHint")} error={err("screenshot")}>
        {(aria) => (
          <input {...aria} type="file" accept="image/png,image/jpeg,application/pdf" className="text-sm" />
        )}
      </Field>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
