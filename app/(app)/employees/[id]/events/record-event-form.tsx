"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CheckboxField, SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPLOYEE_EVENT_TYPES } from "@/lib/services/pipeline/event-schemas";
import { recordEventAction } from "./actions";

/** One form for every employee event; the extra fields follow the chosen type. */
export function RecordEventForm({
  employeeId,
  statusCode,
  today,
}: {
  employeeId: string;
  statusCode: string | null;
  today: string;
}) {
  const t = useTranslations("pipeline");
  const [state, action] = useActionState(recordEventAction, null);
  const formKey = useFormKey(state);
  const [type, setType] = useState<string>(state?.values?.type ?? "employment_ended");
  const err = (name: string) => state?.fieldErrors?.[name];
  const val = (name: string) => state?.values?.[name];
  return (
    <form key={formKey} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="employeeId" value={employeeId} />
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div onChange={(e) => setType((e.target as unknown as HTMLSelectElement).value)}>
          <SelectField
            name="type"
            label={t("type")}
            required
            defaultValue={type}
            options={EMPLOYEE_EVENT_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
            error={err("type")}
          />
        </div>
        <TextField
          name="date"
          type="date"
          label={t("date")}
          required
          hint={t("dateHint")}
          defaultValue={val("date") ?? today}
          error={err("date")}
        />
        {type === "employment_started" ? (
          <>
            <TextField
              name="contractConcludedOn"
              type="date"
              label={t("contractConcludedOn")}
              defaultValue={val("contractConcludedOn")}
              error={err("contractConcludedOn")}
            />
            <CheckboxField
              name="arrivedForThisJob"
              label={t("arrivedForThisJob")}
              defaultChecked={val("arrivedForThisJob") === "on"}
            />
          </>
        ) : null}
        {type === "renewal_applied" ? (
          <SelectField
            name="channel"
            label={t("channel")}
            required
            defaultValue={val("channel") ?? "counter"}
            options={(["counter", "online", "agent", "post"] as const).map((v) => ({
              value: v,
              label: t(`channels.${v}`),
            }))}
            error={err("channel")}
          />
        ) : null}
        {type === "renewal_decided" ? (
          <>
            <input type="hidden" name="card.statusCode" value={statusCode ?? ""} />
            <TextField
              name="card.periodOfStayExpiresOn"
              type="date"
              label={t("newExpiry")}
              required
              defaultValue={val("card.periodOfStayExpiresOn")}
              error={err("card.periodOfStayExpiresOn")}
            />
            <TextField
              name="card.cardExpiresOn"
              type="date"
              label={t("newCardExpiry")}
              defaultValue={val("card.cardExpiresOn")}
              error={err("card.cardExpiresOn")}
            />
            <TextField
              name="card.cardNumber"
              label={t("newCardNumber")}
              autoComplete="off"
              maxLength={12}
              defaultValue={val("card.cardNumber")}
              error={err("card.cardNumber")}
            />
          </>
        ) : null}
      </div>
      <div>
        <SubmitButton>{t("record")}</SubmitButton>
      </div>
    </form>
  );
}
