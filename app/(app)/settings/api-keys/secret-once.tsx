"use client";

import { useState } from "react";

/**
 * A secret shown once, right after it was created: selectable text plus a copy button. It lives only in
 * this component's props (the action's answer to its own form), never in a URL, cookie or log.
 */
export function SecretOnce(props: {
  title: string;
  warning: string;
  secret: string;
  copyLabel: string;
  copiedLabel: string;
  testId: string;
}) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
    >
      <p className="font-semibold">{props.title}</p>
      <p className="text-sm">{props.warning}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid={props.testId}
          className="select-all break-all rounded border border-amber-300 bg-white px-2 py-1 font-mono text-sm"
        >
          {props.secret}
        </code>
        <button
          type="button"
          className="rounded-md border border-gray-300 bg-white px-3 py-1 text-sm font-semibold hover:bg-gray-50"
          onClick={() => {
            void navigator.clipboard?.writeText(props.secret).then(() => setIsCopied(true));
          }}
        >
          {isCopied ? props.copiedLabel : props.copyLabel}
        </button>
      </div>
    </div>
  );
}
