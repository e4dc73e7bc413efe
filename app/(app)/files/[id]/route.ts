import { requireTenant } from "@/lib/auth/tenant";
import { AppError } from "@/lib/errors";
import { getUploadForHr } from "@/lib/services/self-service/get-upload";
import { ALLOWED_UPLOADS, type UploadMime } from "@/lib/storage/file-policy";

/**
 * An uploaded file, to a signed-in member of the company that owns it (never public, never cached).
 * Images open in the browser; PDFs download, so no PDF script runs on our origin. The name says only
 * what the file is ("card_front.jpg"), never whose.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  try {
    const file = await getUploadForHr(session, id);
    const ext = ALLOWED_UPLOADS[file.mimeType as UploadMime] ?? "bin";
    const disposition = file.mimeType.startsWith("image/") ? "inline" : "attachment";
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `${disposition}; filename="${file.kind}.${ext}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json(error.toBody(), { status: error.status });
    throw error;
  }
}
