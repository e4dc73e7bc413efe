"use server";

import { revalidatePath } from "next/cache";
import { errorState, type FormState } from "@/lib/auth/action";
import { requireTenant } from "@/lib/auth/tenant";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";

/**
 * The creating form's own answer carries the new key, once: this is the one intended disclosure (the
 * key cannot be shown again). It is never echoed into `values`, a URL or a log.
 */
export type CreatedSecretState = (NonNullable<FormState> & { secret?: string }) | null;

export async function createApiKeyAction(
  _prev: CreatedSecretState,
  form: FormData,
): Promise<CreatedSecretState> {
  const session = await requireTenant();
  try {
    const created = await createApiKey(session, {
      name: form.get("name") ?? "",
      scopes: form.getAll("scopes"),
    });
    revalidatePath("/settings/api-keys");
    return { ok: true, secret: created.secret };
  } catch (error) {
    return errorState(error, session.locale, form);
  }
}

export async function revokeApiKeyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const session = await requireTenant();
  try {
    await revokeApiKey(session, String(form.get("keyId") ?? ""));
    revalidatePath("/settings/api-keys");
    return { ok: true };
  } catch (error) {
    return errorState(error, session.locale);
  }
}
