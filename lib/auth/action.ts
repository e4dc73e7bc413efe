import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireTenant, type TenantSession } from "./tenant";

export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
} | null;

/**
 * Every HR mutation enters through here: a signed-in member of the company (requireTenant), then the
 * handler with (form, session). The use case parses input with zod and checks the role. Errors become
 * form state naming the field; unexpected errors are logged and shown as a generic message.
 * The handler may return a path to go to on success.
 */
export function tenantAction(
  handler: (form: FormData, session: TenantSession) => Promise<string | undefined | void>,
) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    const session = await requireTenant();
    let next: string | undefined | void;
    try {
      next = await handler(form, session);
    } catch (error) {
      return errorState(error, session.locale, form);
    }
    if (next) redirect(next);
    return { ok: true, message: session.locale === "ja" ? "保存しました" : "Saved" };
  };
}

export function errorState(error: unknown, locale: "ja" | "en", form?: FormData): FormState {
  const values = form ? echo(form) : undefined;
  if (error instanceof AppError) {
    const fieldErrors = Object.fromEntries(error.issues.map((i) => [i.field, i.message]));
    const message =
      error.code === "invalid_input"
        ? locale === "ja"
          ? "入力内容を確認してください"
          : "Please check the highlighted fields"
        : error.code === "forbidden"
          ? locale === "ja"
            ? "この操作を行う権限がありません"
            : "Your role does not allow this"
          : error.code === "not_found"
            ? locale === "ja"
              ? "見つかりません"
              : "Not found"
            : error.message;
    return { ok: false, message, fieldErrors, values };
  }
  // Name, code and message only: a database error's detail can quote the personal values it refused.
  const { name, message } = error instanceof Error ? error : { name: "non-error", message: "" };
  console.error(
    `[action] unexpected error: ${name}${(error as { code?: string }).code ? ` (${(error as { code?: string }).code})` : ""}: ${message.slice(0, 200)}`,
  );
  return {
    ok: false,
    message:
      locale === "ja"
        ? "予期しないエラーが発生しました。もう一度お試しください"
        : "Something went wrong. Please try again",
    values,
  };
}

/** Echo what was typed (never passwords) so a failed form keeps the user's input. */
function echo(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$")) out[key] = value;
  return out;
}
