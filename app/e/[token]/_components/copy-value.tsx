"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";

/**
 * A value the employee pastes into an ISA form, with a Copy button. Falls back to selecting the text
 * where the clipboard API is unavailable (plain http, old browsers) so a long-press copy still works.
 */
export function CopyValue(props: { label: string; value: string; copyLabel: string; copiedLabel: string }) {
  const [isCopied, setIsCopied] = useState(false);
  const id = `v-${props.label.replace(/\W/g, "").slice(0, 24)}-${props.value.length}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setIsCopied(true);
    } catch {
      const range = document.createRange();
      const node = document.getElementById(id);
      if (!node) return;
      range.selectNodeContents(node);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <div className="flex items-start justify-between gap-3 border-t border-gray-100 py-2 first:border-t-0">
      <div className="min-w-0">
        <p className="text-xs text-gray-600">{props.label}</p>
        <p id={id} className="break-words font-medium">
          {props.value}
        </p>
      </div>
      <button
        type="button"
        onClick={copy}
        aria-label={`${props.copyLabel}: ${props.label}`}
        className="flex shrink-0 items-center gap-1 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50"
      >
        {isCopied ? (
          <Check aria-hidden="true" className="h-4 w-4 text-green-700" />
        ) : (
          <Copy aria-hidden="true" className="h-4 w-4" />
        )}
        <span aria-live="polite">{isCopied ? props.copiedLabel : props.copyLabel}</span>
      </button>
    </div>
  );
}
