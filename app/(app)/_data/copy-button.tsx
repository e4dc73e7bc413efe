"use client";

import { useState } from "react";

/** Copies a value to the clipboard and says so (the text stays selectable for browsers without the API). */
export function CopyButton({ value, label, done }: { value: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded-md border border-gray-300 bg-white px-2 py-1 text-xs font-semibold hover:bg-gray-50"
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
