"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { SecretOnce } from "../api-keys/secret-once";
import { createEndpointAction, disableEndpointAction, resendDeliveryAction } from "./actions";
import { eventKey } from "./status";

/** The event types come from the server page (the schema module is not for the browser bundle). */
export function CreateEndpointForm({ eventTypes }: { eventTypes: readonly string[] }) {
  const t = useTranslations("apiSettings.webhooks");
  const tk = useTranslations("apiSettings.keys");
  const [state, action] = useActionState(createEndpointAction, null);
  const formKey = useFormKey(state);
  const eventsError = state?.fieldErrors?.events;
  return (
    <div className="flex flex-col gap-3">
      {state?.secret ? (
        <>
          <SecretOnce
            title={t("createdTitle")}
            warning={t("createdWarning")}
            secret={state.secret}
            copyLabel={tk("copy")}
            copiedLabel={tk("copied")}
            testId="new-webhook-secret"
          />
          <p className="text-sm text-gray-700">{t("verifyHelp")}</p>
        </>
      ) : null}
      <form key={formKey} action={action} className="flex flex-col gap-3" noValidate>
        <FormMessage state={state?.ok ? null : state} />
        <TextField
          name="url"
          type="url"
          label={t("url")}
          hint={t("urlHint")}
          required
          inputMode="text"
          defaultValue={state?.ok ? "" : state?.values?.url}
          error={state?.fieldErrors?.url}
        />
        <fieldset className="flex flex-col gap-2" aria-describedby={eventsError ? "events-error" : undefined}>
          <legend className="text-sm font-medium">
            {t("events")}
            <span aria-hidden="true" className="text-red-700">
              {" "}
              *
            </span>
          </legend>
          {eventTypes.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="events" value={type} defaultChecked className="mt-0.5 h-5 w-5" />
              <span>
                {t(eventKey(type))} <code className="text-xs text-gray-600">{type}</code>
              </span>
            </label>
          ))}
          {eventsError ? (
            <p id="events-error" role="alert" className="text-sm text-red-700">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <SubmitButton>{t("add")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

export function DisableEndpointForm({ endpointId, url }: { endpointId: string; url: string }) {
  const t = useTranslations("apiSettings.webhooks");
  const [state, action] = useActionState(disableEndpointAction, null);
  return (
    <form
      action={action}
      aria-label={`${t("disable")}: ${url}`}
      onSubmit={(event) => {
        if (!window.confirm(t("disableConfirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="endpointId" value={endpointId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <SubmitButton variant="danger">{t("disable")}</SubmitButton>
    </form>
  );
}

/**
 * Rendered on every row, so its answer survives the refresh that follows (the row becomes "waiting"
 * and no longer offers a button, but still says it was queued).
 */
export function ResendForm({
  deliveryId,
  endpointId,
  canResend,
}: {
  deliveryId: string;
  endpointId: string;
  canResend: boolean;
}) {
  const t = useTranslations("apiSettings.webhooks");
  const [state, action] = useActionState(resendDeliveryAction, null);
  if (!state && !canResend) return null;
  return (
    <form action={action}>
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <input type="hidden" name="endpointId" value={endpointId} />
      {state ? <FormMessage state={state.ok ? { ok: true, message: t("resent") } : state} /> : null}
      {state?.ok || !canResend ? null : <SubmitButton variant="secondary">{t("resend")}</SubmitButton>}
    </form>
  );
}
