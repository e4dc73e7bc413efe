import { AppError } from "@/lib/errors";

/**
 * Answers for the data tools' route handlers (file uploads and downloads, which server actions cannot
 * carry): AppError → its status and the one error shape; anything else is logged without request data
 * and answered with a generic 500.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError)
    return Response.json(error.toBody(), { status: error.status, headers: { "cache-control": "no-store" } });
  if (isNextControlFlow(error)) throw error;
  console.error(`[${where}] unexpected error`, error instanceof Error ? error.message : "unknown");
  return Response.json(
    { error: { code: "internal", message: "something went wrong" } },
    { status: 500, headers: { "cache-control": "no-store" } },
  );
}

/** redirect()/notFound() work by throwing; they must reach Next untouched. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

/** A CSV download: never cached, never sniffed, saved under a name that carries no personal data. */
export function csvResponse(bytes: Buffer, filename: string, encoding: "utf-8" | "shift_jis"): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": `text/csv; charset=${encoding === "shift_jis" ? "Shift_JIS" : "utf-8"}`,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** The uploaded file of a multipart request, read once into memory after a size check on the Blob. */
export async function uploadedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    throw new AppError("invalid_input", "file is required", [
      { field: "file", rule: "required", message: "file: is required" },
    ]);
  if (file.size > maxBytes)
    throw new AppError("payload_too_large", "file is too large", [
      {
        field: "file",
        rule: `csv_too_large:${maxBytes / 1024 / 1024}`,
        message: `file: is larger than ${maxBytes / 1024 / 1024} MB`,
      },
    ]);
  return new Uint8Array(await file.arrayBuffer());
}

export const encodingParam = (url: URL): "utf-8" | "shift_jis" =>
  url.searchParams.get("encoding") === "shift_jis" ? "shift_jis" : "utf-8";
