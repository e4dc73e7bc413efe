import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { issueText, type PageCopy } from "@/lib/i18n/employee/page";
import type { EmployeeAccess } from "@/lib/services/self-service/employee-access";
import { loadLink } from "./load";

export type EmployeeFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
} | null;

/**
 * Every employee form enters here: the link is opened again (rate limit "submit", token, employee), so
 * nothing in the form (ids in hidden fields) is trusted for who is acting. Errors become form state in
 * the employee's language naming each field; the handler may return a path to go to on success.
 */
export type ActionLink = { token: string; lang: string };

export function employeeAction(
  handler: (access: EmployeeAccess, form: FormData, link: ActionLink) => Promise<string | undefined>,
  conflict: (copy: PageCopy) => string,
) {
  return async (
    token: string,
    lang: string,
    _prev: EmployeeFormState,
    form: FormData,
  ): Promise<EmployeeFormState> => {
    const link = await loadLink(token, lang, "submit");
    if (!link.isOpen)
      return { ok: false, message: `${link.message.title}. ${link.message.body}`, values: echo(form) };
    let next: string | undefined;
    try {
      next = await handler(link.access, form, { token, lang: link.language });
    } catch (error) {
      return errorState(error, link.copy, form, conflict(link.copy));
    }
    if (next) redirect(next);
    return { ok: true };
  };
}

function errorState(
  error: unknown,
  copy: PageCopy,
  form: FormData,
  conflictMessage: string,
): EmployeeFormState {
  const values = echo(form);
  if (!(error instanceof AppError)) {
    // Name and code only: driver messages can quote submitted values.
    console.error(
      "[employee action] unexpected error",
      error instanceof Error ? error.name : typeof error,
      (error as { code?: unknown })?.code ?? "",
    );
    return { ok: false, message: copy.errors.generic, values };
  }
  if (error.issues.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const { field, text } = issueText(issue, copy);
      fieldErrors[field] ??= text;
    }
    return { ok: false, message: copy.errors.check, fieldErrors, values };
  }
  const message =
    error.code === "conflict"
      ? conflictMessage
      : error.code === "forbidden"
        ? copy.errors.forbidden
        : error.code === "not_found"
          ? copy.errors.notOpen
          : copy.errors.generic;
  return { ok: false, message, values };
}

/** What was typed comes back so a refused form keeps it (files cannot be echoed by browsers). */
function echo(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}
