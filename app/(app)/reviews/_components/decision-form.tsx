"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import type { FormState } from "@/lib/auth/action";

/**
 * Accept, or send back with a comment. The comment box sits in a <details> so the queue stays dense;
 * the comment is required by the use case (the error names it).
 */
export function DecisionForm(props: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  idName: string;
  id: string;
  label: string;
  hideAccept?: boolean;
}) {
  const t = useTranslations("reviews");
  const [state, action] = useActionState(props.action, null);
  const commentId = `comment-${props.id}`;
  const error = state?.fieldErrors?.comment;
  return (
    <div className="flex min-w-44 flex-col gap-2">
      <FormMessage state={state?.ok ? { ...state, message: undefined } : state} />
      {props.hideAccept ? null : (
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name={props.idName} value={props.id} />
          <input type="hidden" name="decision" value="accept" />
          <SubmitButton>
            {t("accept")}
            <span className="sr-only">: {props.label}</span>
          </SubmitButton>
        </form>
      )}
      <details open={Boolean(error)}>
        <summary className="cursor-pointer text-sm font-medium text-accent">{t("return")}</summary>
        <form action={action} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name={props.idName} value={props.id} />
          <input type="hidden" name="decision" value="return" />
          <label htmlFor={commentId} className="text-sm">
            {t("returnComment")}
          </label>
          <textarea
            id={commentId}
            name="comment"
            rows={3}
            maxLength={1000}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${commentId}-error` : undefined}
            className="rounded-md border border-gray-300 px-3 py-2 aria-[invalid=true]:border-red-600"
          />
          {error ? (
            <p id={`${commentId}-error`} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <SubmitButton variant="secondary">{t("returnSubmit")}</SubmitButton>
        </form>
      </details>
    </div>
  );
}
