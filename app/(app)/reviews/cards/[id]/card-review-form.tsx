"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CardFields } from "@/app/_components/card-fields";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import type { FormState } from "@/lib/auth/action";

type Initial = Record<string, string | null | undefined>;

/** HR's check of a submitted card: the values as HR confirms them against the photos, then accept. */
export function CardReviewForm(props: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  submissionId: string;
  statuses: { value: string; label: string }[];
  initial: Initial;
  last4: string | null;
}) {
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
      <CardFields
        statuses={props.statuses}
        val={val}
        err={err}
        cardNumberHint={props.last4 ? tr("cardNumberKeep", { last4: props.last4 }) : undefined}
      />
      <div className="sm:col-span-2">
        <SubmitButton>{tr("acceptCard")}</SubmitButton>
      </div>
    </form>
  );
}
