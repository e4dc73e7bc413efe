"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { deleteEventAction, muteDutyAction, unmuteDutyAction, updateEventAction } from "./actions";

const input = "rounded-md border border-gray-300 bg-white px-2 py-1 text-base";

export function EventRowForms({
  employeeId,
  eventId,
  date,
}: {
  employeeId: string;
  eventId: string;
  date: string;
}) {
  const t = useTranslations("pipeline");
  const [editState, edit] = useActionState(updateEventAction, null);
  const [deleteState, remove] = useActionState(deleteEventAction, null);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <form action={edit} className="flex items-end gap-2">
        <input type="hidden" name="employeeId" value={employeeId} />
        <input type="hidden" name="eventId" value={eventId} />
        <label className="sr-only" htmlFor={`date-${eventId}`}>
          {t("edit")}
        </label>
        <input id={`date-${eventId}`} type="date" name="date" defaultValue={date} className={input} />
        <SubmitButton variant="secondary">{t("save")}</SubmitButton>
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!window.confirm(t("deleteConfirm"))) e.preventDefault();
        }}
      >
        <input type="hidden" name="employeeId" value={employeeId} />
        <input type="hidden" name="eventId" value={eventId} />
        <SubmitButton variant="danger">{t("delete")}</SubmitButton>
      </form>
      {editState && !editState.ok ? <FormMessage state={editState} /> : null}
      {deleteState && !deleteState.ok ? <FormMessage state={deleteState} /> : null}
    </div>
  );
}

export function MuteForm({
  employeeId,
  dutyId,
  isMuted,
}: {
  employeeId: string;
  dutyId: string;
  isMuted: boolean;
}) {
  const t = useTranslations("pipeline");
  const [state, action] = useActionState(isMuted ? unmuteDutyAction : muteDutyAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="dutyId" value={dutyId} />
      {isMuted ? null : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`reason-${dutyId}`} className="text-xs text-gray-700">
            {t("muteReason")}
          </label>
          <input
            id={`reason-${dutyId}`}
            name="reason"
            maxLength={500}
            className={input}
            aria-invalid={state?.fieldErrors?.reason ? true : undefined}
          />
        </div>
      )}
      <SubmitButton variant="secondary">{isMuted ? t("unmute") : t("mute")}</SubmitButton>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
