/** Turns zod issues into the contract's field-named error (EVALUATE.md: "a clear error naming the field"). */
import type { z } from "zod";

export type TFieldIssue = { field: string; message: string };
export type TEvaluateError = {
  code: "invalid_input" | "invalid_json";
  message: string;
  /** Path of the first problem, e.g. `cases[0].person.status`; `(root)` for the request itself. */
  field: string;
  issues: TFieldIssue[];
};

export const ROOT_FIELD = "(root)";

/** `["cases", 0, "person", "status"]` → `cases[0].person.status`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? ROOT_FIELD : out;
}

/** Per-parse messages for the issues no schema-level message covers. */
export function issueMessage(iss: {
  code?: string;
  input?: unknown;
  expected?: unknown;
}): string | undefined {
  if (iss.code === "invalid_type") {
    if (iss.input === undefined) return "is required";
    return `must be ${iss.expected === "object" ? "an object" : `a ${String(iss.expected)}`}`;
  }
  return undefined;
}

export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): TFieldIssue[] {
  const out: TFieldIssue[] = [];
  for (const iss of issues) {
    if (iss.code === "unrecognized_keys") {
      for (const key of iss.keys)
        out.push({ field: fieldPath([...iss.path, key]), message: "unknown field" });
    } else {
      out.push({ field: fieldPath(iss.path), message: iss.message });
    }
  }
  return out;
}

export function invalidInput(issues: TFieldIssue[]): TEvaluateError {
  const first = issues[0] ?? { field: ROOT_FIELD, message: "is invalid" };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return {
    code: "invalid_input",
    message: `${first.field}: ${first.message}${more}`,
    field: first.field,
    issues,
  };
}

export function invalidJson(detail: string): TEvaluateError {
  const message = `request is not valid JSON: ${detail}`;
  return { code: "invalid_json", message, field: ROOT_FIELD, issues: [{ field: ROOT_FIELD, message }] };
}
