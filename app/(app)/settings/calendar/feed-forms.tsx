"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/_components/submit-button";
import { CopyButton } from "../../_data/copy-button";
import { createFeedAction, revokeFeedAction } from "./actions";

export function CreateFeedForm() {
  const t = useTranslations("calendarFeeds");
  const [state, action] = useActionState(createFeedAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state?.url ? (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900"
        >
          <p className="font-semibold">{t("created")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 text-gray-900" data-testid="feed-url">
              {state.url}
            </code>
            <CopyButton value={state.url} label={t("copy")} done={t("copied")} />
          </div>
          <p>{t("english")}</p>
        </div>
      ) : null}
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <div>
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}

export function RevokeFeedForm({ feedId }: { feedId: string }) {
  const t = useTranslations("calendarFeeds");
  const [state, action] = useActionState(revokeFeedAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("revokeConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="feedId" value={feedId} />
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <SubmitButton variant="danger">{t("revoke")}</SubmitButton>
    </form>
  );
}
