"use client";

import { useState } from "react";

const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ["image/png", "image/jpeg", "application/pdf"];

/**
 * A file input for PNG/JPEG/PDF up to 10 MB. The browser check only saves a wasted upload on a phone
 * connection; the server checks the content again (lib/storage/file-policy) and is what counts.
 */
export function FileField(props: {
  name: string;
  label: string;
  hint: string;
  error?: string;
  tooLarge: string;
  wrongType: string;
  required?: boolean;
  capture?: boolean;
}) {
  const [localError, setLocalError] = useState<string | null>(null);
  const id = `f-${props.name}`;
  const error = localError ?? props.error;
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    const problem = !file
      ? null
      : file.size > MAX_BYTES
        ? props.tooLarge
        : file.type && !TYPES.includes(file.type)
          ? props.wrongType
          : null;
    setLocalError(problem ? `${props.label}: ${problem}` : null);
    event.currentTarget.setCustomValidity(problem ?? "");
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {props.label}
        {props.required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      <input
        id={id}
        name={props.name}
        type="file"
        accept="image/png,image/jpeg,application/pdf"
        onChange={onChange}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="rounded-md border border-gray-300 bg-white px-3 py-3 text-base file:mr-3 file:rounded file:border-0 file:bg-gray-100 file:px-3 file:py-2 aria-[invalid=true]:border-red-600"
      />
      <p id={`${id}-hint`} className="text-sm text-gray-600">
        {props.hint}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
