"use server";

import { revalidatePath } from "next/cache";
import { errorState, type FormState } from "@/lib/auth/action";
import { requireTenant } from "@/lib/auth/tenant";
import { resendWebhookDelivery } from "@/lib/services/webhooks/deliveries";
import { createWebhookEndpoint, disableWebhookEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import type { CreatedSecretState } from "../api-keys/actions";

/** As with API keys, the signing secret is answered once, to the form that created it. */
export async function createEndpointAction(
  _prev: CreatedSecretState,
  form: FormData,
): Promise<CreatedSecretState> {
  const session = await requireTenant();
  try {
    const created = await createWebhookEndpoint(session, {
      url: form.get("url") ?? "",
      events: form.getAll("events"),
    });
    revalidatePath("/settings/webhooks");
    return { ok: true, secret: created.secret };
  } catch (error) {
    return errorState(error, session.locale, form);
  }
}

export async function disableEndpointAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await requireTenant();
  try {
    await disableWebhookEndpoint(session, String(form.get("endpointId") ?? ""));
    revalidatePath("/settings/webhooks");
    return { ok: true };
  } catch (error) {
    return errorState(error, session.locale);
  }
}

export async function resendDeliveryAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await requireTenant();
  try {
    await resendWebhookDelivery(session, String(form.get("deliveryId") ?? ""));
    revalidatePath(`/settings/webhooks/${String(form.get("endpointId") ?? "")}`);
    return { ok: true };
  } catch (error) {
    return errorState(error, session.locale);
  }
}
