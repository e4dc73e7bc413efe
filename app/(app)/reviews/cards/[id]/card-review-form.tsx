"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { FormState } from "@/lib/auth/action";
import { WORK_RESTRICTIONS } from "@/lib/validation/statuses";

type Initial = Record<string, string | null | undefined>;

/** HR's check of a submitted card: the values as HR confirms them against the photos, then accept. */
export function CardReviewForm(props: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  submissionId: string;
  statuses: { value: string; label: string }[];
  initial: Initial;
  last4: string | null;
}) {
  const t = useTranslations("fields");
  const tr = useTranslations("reviews");
  const [state, action] = useActionState(props.action, null);
  const formKey = useFormKey(state);
  const err = (name: string) => state?.fieldErrors?.[name];
  const val = (name: string) => state?.values?.[name] ?? props.initial[name] ?? undefined;
  return (
    <form
      key={formKey}
      action={action}
      noValidate
      className="grid grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="submissionId" value={props.submissionId} />
      <input type="hidden" name="decision" value="accept" />
      <SelectField
        name="card.statusCode"
        label={t("statusCode")}
        required
        options={props.statuses}
        placeholder={t("notSelected")}
        defaultValue={val("card.statusCode")}
        error={err("card.statusCode")}
      />
      <SelectField
        name="card.holderRole"
        label={t("holderRole")}
        options={[
          { value: "principal", label: t("holderRolePrincipal") },
          { value: "spouse", label: t("holderRoleSpouse") },
          { value: "child", label: t("holderRoleChild") },
        ]}
        defaultValue={val("card.holderRole") ?? "principal"}
        error={err("card.holderRole")}
      />
      <TextField
        name="card.periodOfStayExpiresOn"
        type="date"
        label={t("periodOfStayExpiresOn")}
        defaultValue={val("card.periodOfStayExpiresOn")}
        error={err("card.periodOfStayExpiresOn")}
      />
      <TextField
        name="card.cardExpiresOn"
        type="date"
        label={t("cardExpiresOn")}
        defaultValue={val("card.cardExpiresOn")}
        error={err("card.cardExpiresOn")}
      />
      <TextField
        name="card.cardNumber"
        label={t("cardNumber")}
        hint={props.last4 ? tr("cardNumberKeep", { last4: props.last4 }) : undefined}
        maxLength={12}
        autoComplete="off"
        defaultValue={val("card.cardNumber")}
        error={err("card.cardNumber")}
      />
      <SelectField
        name="card.workRestriction"
        label={t("workRestriction")}
        options={WORK_RESTRICTIONS.map((w) => ({ value: w, label: w }))}
        placeholder="—"
        defaultValue={val("card.workRestriction")}
        error={err("card.workRestriction")}
      />
      <SelectField
        name="card.extraActivityPermission"
        label={t("extraActivityPermission")}
        options={[
          { value: "none", label: t("permissionNone") },
          { value: "comprehensive", label: t("permissionComprehensive") },
          { value: "individual", label: t("permissionIndividual") },
        ]}
        defaultValue={val("card.extraActivityPermission") ?? "none"}
        error={err("card.extraActivityPermission")}
      />
      <SelectField
        name="card.hsp2Activity"
        label={t("hsp2Activity")}
        options={[
          { value: "i", label: "イ (i)" },
          { value: "ro", label: "ロ (ro)" },
          { value: "ha", label: "ハ (ha)" },
        ]}
        placeholder="—"
        defaultValue={val("card.hsp2Activity")}
        error={err("card.hsp2Activity")}
      />
      <div className="sm:col-span-2">
        <SubmitButton>{tr("acceptCard")}</SubmitButton>
      </div>
    </form>
  );
}
