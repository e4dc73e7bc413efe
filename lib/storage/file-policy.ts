import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";

/** What employees may upload: proof of filing and card photos. Anything else is refused. */
export const ALLOWED_UPLOADS = { "image/png": "png", "image/jpeg": "jpg", "application/pdf": "pdf" } as const;
export type UploadMime = keyof typeof ALLOWED_UPLOADS;

/** 10 MB per file (binary megabytes: a phone's "10 MB" photo fits). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The rule keys the forms translate (lib/i18n/employee/page): the field is named by the caller. */
export type FileRule = "file_empty" | "file_too_large" | "file_type";

export type InspectedFile = { bytes: Buffer; mimeType: UploadMime; size: number };

/**
 * Checks an uploaded file by its content, never by its name or the browser's claimed type: a program
 * renamed `receipt.pdf` is refused. Size is checked before the bytes are read into memory.
 */
export async function inspectUpload(file: Blob, field: string): Promise<InspectedFile> {
  if (file.size === 0) throw fileError(field, "file_empty");
  if (file.size > MAX_UPLOAD_BYTES) throw fileError(field, "file_too_large", "payload_too_large");
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime;
  if (!mime || !(mime in ALLOWED_UPLOADS)) throw fileError(field, "file_type", "unsupported_media_type");
  return { bytes, mimeType: mime as UploadMime, size: bytes.length };
}

function fileError(
  field: string,
  rule: FileRule,
  code: "invalid_input" | "payload_too_large" | "unsupported_media_type" = "invalid_input",
): AppError {
  const words: Record<FileRule, string> = {
    file_empty: "is empty",
    file_too_large: `is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    file_type: "must be a PNG, JPEG or PDF file",
  };
  return new AppError(code, `${field} ${words[rule]}`, [
    { field, rule, message: `${field}: ${words[rule]}` },
  ]);
}

/**
 * A form's file input: with nothing chosen, browsers still send a part, which arrives as an empty
 * File (named "", "blob" or "undefined" depending on the parser). An empty file is "nothing chosen".
 */
export function chosenFile(value: FormDataEntryValue | null): Blob | null {
  if (!value || typeof value === "string") return null;
  return value.size === 0 ? null : value;
}
