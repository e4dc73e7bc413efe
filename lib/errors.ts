/**
 * Typed application errors, mapped once to HTTP status and to form state. Anything else that is thrown
 * is unexpected: logged with context and answered as a generic 500 / "something went wrong".
 */
export type FieldIssue = { field: string; message: string; rule?: string };

export const ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The one error shape of the API: {error: {code, message, field?, issues?}}. */
  toBody() {
    const field = this.issues[0]?.field;
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(field ? { field } : {}),
        ...(this.issues.length ? { issues: this.issues } : {}),
      },
    };
  }
}

export const notFound = (what = "resource") => new AppError("not_found", `${what} not found`);
export const forbidden = (why = "your role does not allow this") => new AppError("forbidden", why);
