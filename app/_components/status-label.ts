import { STATUS_BY_CODE } from "@/lib/validation/statuses";

export function statusLabel(code: string | null | undefined, locale: string): string {
  if (!code) return "—";
  const status = STATUS_BY_CODE.get(code);
  return status ? (locale === "ja" ? status.ja : status.en) : code;
}
