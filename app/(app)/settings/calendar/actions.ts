"use server";

import { revalidatePath } from "next/cache";
import { errorState, tenantAction } from "@/lib/auth/action";
import { requireTenant } from "@/lib/auth/tenant";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/services/data/calendar-feeds";

export type CreateFeedState = { ok: boolean; url?: string; message?: string } | null;

/** Creates a feed and hands its URL back once (only the hash is stored). */
export async function createFeedAction(_prev: CreateFeedState, _form: FormData): Promise<CreateFeedState> {
  const session = await requireTenant();
  try {
    const feed = await createCalendarFeed(session);
    revalidatePath("/settings/calendar");
    return { ok: true, url: feed.url };
  } catch (error) {
    const state = errorState(error, session.locale);
    return { ok: false, message: state?.message };
  }
}

export const revokeFeedAction = tenantAction(async (form, session) => {
  await revokeCalendarFeed(session, String(form.get("feedId") ?? ""));
  revalidatePath("/settings/calendar");
});
