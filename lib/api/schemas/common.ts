import { z } from "zod";

/** Timestamps are RFC 3339 in UTC; legal dates are Japan calendar dates `YYYY-MM-DD`. */
export const zTimestamp = z.iso.datetime().meta({ description: "RFC 3339 timestamp (UTC)" });
export const zDate = z.iso.date().meta({ description: "Japan calendar date YYYY-MM-DD" });

export const ZApiError = z
  .strictObject({
    error: z.strictObject({
      code: z.enum([
        "invalid_input",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "rate_limited",
        "unavailable",
        "internal_error",
      ]),
      message: z.string(),
      field: z.string().optional().meta({
        description:
          "The first field at fault, e.g. `card.periodOfStayExpiresOn`, `cursor`, `body`, `Idempotency-Key`",
      }),
      issues: z
        .array(z.strictObject({ field: z.string(), message: z.string(), rule: z.string().optional() }))
        .optional(),
    }),
  })
  .meta({ description: "Every error, whatever the status" });

export const zLimit = z.coerce
  .number({ message: "invalid_type" })
  .int({ message: "invalid_type" })
  .min(1, { message: "min_length:1" })
  .max(200, { message: "max_length:200" })
  .default(50)
  .meta({ description: "Page size, 1–200 (default 50)" });

export const zCursor = z
  .string()
  .max(500)
  .optional()
  .meta({ description: "`nextCursor` of the previous page" });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    data: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  });
}

/** Opaque cursors: base64url JSON of the last row's sort key. A tampered cursor is a field error. */
export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      !Array.isArray(parts) ||
      parts.length !== length ||
      !parts.every((p) => typeof p === "string" && p.length < 100)
    )
      return null;
    return parts as string[];
  } catch {
    return null;
  }
}
