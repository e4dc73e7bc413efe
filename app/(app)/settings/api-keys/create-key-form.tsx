"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { createApiKeyAction } from "./actions";
import { SecretOnce } from "./secret-once";

export function CreateKeyForm() {
  const t = useTranslations("apiSettings.keys");
  const [state, action] = useActionState(createApiKeyAction, null);
  const formKey = useFormKey(state);
  const scopeError = state?.fieldErrors?.scopes;
  return (
    <div className="flex flex-col gap-3">
      {state?.secret ? (
        <SecretOnce
          title={t("createdTitle")}
          warning={t("createdWarning")}
          secret={state.secret}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          testId="new-api-key"
        />
      ) : null}
      <form key={formKey} action={action} className="flex flex-col gap-3" noValidate>
        <FormMessage state={state?.ok ? null : state} />
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          required
          maxLength={100}
          defaultValue={state?.ok ? "" : state?.values?.name}
          error={state?.fieldErrors?.name}
        />
        <fieldset className="flex flex-col gap-2" aria-describedby={scopeError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium">
            {t("scopes")}
            <span aria-hidden="true" className="text-red-700">
              {" "}
              *
            </span>
          </legend>
          {(["read", "write"] as const).map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={scope === "read"}
                className="mt-0.5 h-5 w-5"
              />
              <span>{t(scope === "read" ? "scopeRead" : "scopeWrite")}</span>
            </label>
          ))}
          {scopeError ? (
            <p id="scopes-error" role="alert" className="text-sm text-red-700">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
