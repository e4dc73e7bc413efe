import type { ReactNode } from "react";

type Common = {
  name: string;
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  optionalText?: string;
};

/** A labelled control with its hint and error wired for screen readers (aria-describedby, aria-invalid). */
export function Field(
  props: Common & { children: (aria: Record<string, string | boolean | undefined>) => ReactNode },
) {
  const id = props.id ?? `f-${props.name.replace(/\W/g, "-")}`;
  const described =
    [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
        {props.required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
        {!props.required && props.optionalText ? (
          <span className="text-xs font-normal text-gray-500"> ({props.optionalText})</span>
        ) : null}
      </label>
      {props.children({
        id,
        name: props.name,
        "aria-describedby": described,
        "aria-invalid": props.error ? true : undefined,
        required: props.required,
      })}
      {props.hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

const inputClass =
  "rounded-md border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

export function TextField(
  props: Common & {
    type?: string;
    defaultValue?: string | null;
    autoComplete?: string;
    inputMode?: "text" | "email" | "numeric";
    maxLength?: number;
  },
) {
  return (
    <Field {...props}>
      {(aria) => (
        <input
          {...aria}
          type={props.type ?? "text"}
          defaultValue={props.defaultValue ?? undefined}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function SelectField(
  props: Common & {
    options: { value: string; label: string }[];
    defaultValue?: string | null;
    placeholder?: string;
  },
) {
  return (
    <Field {...props}>
      {(aria) => (
        <select {...aria} defaultValue={props.defaultValue ?? ""} className={inputClass}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField(props: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  error?: string;
}) {
  const id = `f-${props.name.replace(/\W/g, "-")}`;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={props.name}
          defaultChecked={props.defaultChecked}
          className="h-5 w-5"
          aria-invalid={props.error ? true : undefined}
        />
        <label htmlFor={id} className="text-sm">
          {props.label}
        </label>
      </div>
      {props.error ? (
        <p className="text-sm text-red-700" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
