"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { deleteEvent } from "@/lib/services/pipeline/delete-event";
import { muteDuty, unmuteDuty } from "@/lib/services/pipeline/mute-duty";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { updateEvent } from "@/lib/services/pipeline/update-event";
import { formToObject } from "@/lib/validation/common";

const page = (form: FormData) => `/employees/${String(form.get("employeeId") ?? "")}/events`;

/** Form fields → the event request: type-specific fields only, card fields under "card". */
function eventInput(form: FormData) {
  const flat = formToObject(form, ["arrivedForThisJob"]);
  const type = flat.type;
  const input: Record<string, unknown> = { type, date: flat.date };
  if (type === "employment_started")
    Object.assign(input, {
      contractConcludedOn: flat.contractConcludedOn,
      arrivedForThisJob: flat.arrivedForThisJob,
    });
  if (type === "renewal_applied") input.channel = flat.channel;
  if (type === "renewal_decided")
    input.card = {
      statusCode: flat["card.statusCode"],
      periodOfStayExpiresOn: flat["card.periodOfStayExpiresOn"],
      cardNumber: flat["card.cardNumber"],
      cardExpiresOn: flat["card.cardExpiresOn"],
    };
  return input;
}

export const recordEventAction = tenantAction(async (form, session) => {
  await recordEvent(session, String(form.get("employeeId") ?? ""), eventInput(form));
  revalidatePath(page(form));
});

export const updateEventAction = tenantAction(async (form, session) => {
  await updateEvent(session, String(form.get("eventId") ?? ""), { date: form.get("date") || undefined });
  revalidatePath(page(form));
});

export const deleteEventAction = tenantAction(async (form, session) => {
  await deleteEvent(session, String(form.get("eventId") ?? ""));
  revalidatePath(page(form));
});

export const muteDutyAction = tenantAction(async (form, session) => {
  await muteDuty(session, String(form.get("dutyId") ?? ""), { reason: form.get("reason") ?? "" });
  revalidatePath(page(form));
});

export const unmuteDutyAction = tenantAction(async (form, session) => {
  await unmuteDuty(session, String(form.get("dutyId") ?? ""));
  revalidatePath(page(form));
});
