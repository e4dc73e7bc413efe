"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "danger" | "secondary";
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary: "bg-accent text-white hover:bg-accent-strong",
    danger: "bg-red-700 text-white hover:bg-red-800",
    secondary: "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${colours}`}
    >
      {children}
    </button>
  );
}
