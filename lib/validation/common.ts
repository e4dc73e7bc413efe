import { z } from "zod";

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const zIsoDate = z.string().refine(isIsoDate, { message: "date_format" });

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2199 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const zText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "required" })
    .max(max, { message: `max_length:${max}` });
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `max_length:${max}` })
    .optional();

export const zEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "max_length:254" })
  .pipe(z.email({ message: "email_format" }));

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other 12 (国税庁 rule):
 * check = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the 12, Qn = 1 (odd n) or 2 (even n).
 */
export function isCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const base = value.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(value[0]) === 9 - (sum % 9);
}

/** 雇用保険適用事業所番号: 4-6-1 digits, e.g. 1301-123456-7. */
export const INSURANCE_OFFICE_NUMBER = /^\d{4}-\d{6}-\d$/;

/** Residence card number: 2 capitals, 8 digits, 2 capitals (RULES R8). */
export const CARD_NUMBER = /^[A-Z]{2}[0-9]{8}[A-Z]{2}$/;

/** Turns form fields into plain values: blank → undefined, checkbox "on" → true. */
export function formToObject(form: FormData, booleans: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    out[key] = value.trim() === "" ? undefined : value;
  }
  for (const key of booleans) out[key] = form.get(key) === "on" || form.get(key) === "true";
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
