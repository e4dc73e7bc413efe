"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { TLadderSettings } from "@/lib/services/pipeline/company-settings";
import { setDigestAction, updateLaddersAction } from "./actions";

export function LadderForm({ ladders }: { ladders: TLadderSettings }) {
  const t = useTranslations("notificationSettings");
  const [state, action] = useActionState(updateLaddersAction, null);
  const key = useFormKey(state);
  const val = (name: keyof TLadderSettings) =>
    state?.values?.[name] ??
    (Array.isArray(ladders[name]) ? (ladders[name] as number[]).join(", ") : String(ladders[name]));
  const err = (name: string) =>
    Object.entries(state?.fieldErrors ?? {}).find(([k]) => k.startsWith(name))?.[1];
  return (
    <form key={key} action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <p className="text-sm text-gray-700">{t("laddersHint")}</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          name="employeeDaysBefore"
          label={t("employeeDaysBefore")}
          inputMode="numeric"
          defaultValue={val("employeeDaysBefore")}
          error={err("employeeDaysBefore")}
        />
        <TextField
          name="escalateAfterDays"
          label={t("escalateAfterDays")}
          inputMode="numeric"
          defaultValue={val("escalateAfterDays")}
          error={err("escalateAfterDays")}
        />
        <TextField
          name="renewalDaysBefore"
          label={t("renewalDaysBefore")}
          inputMode="numeric"
          defaultValue={val("renewalDaysBefore")}
          error={err("renewalDaysBefore")}
        />
        <TextField
          name="employerDaysBefore"
          label={t("employerDaysBefore")}
          inputMode="numeric"
          defaultValue={val("employerDaysBefore")}
          error={err("employerDaysBefore")}
        />
      </div>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

export function DigestForm({ optOut }: { optOut: boolean }) {
  const t = useTranslations("notificationSettings");
  const [state, action] = useActionState(setDigestAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <p>{optOut ? t("digestStateOff") : t("digestStateOn")}</p>
      <input type="hidden" name="optOut" value={optOut ? "false" : "true"} />
      <div>
        <SubmitButton variant="secondary">{optOut ? t("digestOn") : t("digestOff")}</SubmitButton>
      </div>
    </form>
  );
}
