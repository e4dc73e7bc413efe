import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { commitEmployeeImport, IMPORT_LIMITS } from "@/lib/services/data/import-employees";
import { errorResponse, uploadedBytes } from "../../_data/http";

/**
 * POST /import/commit (multipart "file"): the same file again, checked again from scratch (the preview
 * is never trusted), then every row in one transaction, or nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const session = await requireTenant();
  try {
    const bytes = await uploadedBytes(request, IMPORT_LIMITS.maxBytes);
    return Response.json(await commitEmployeeImport(session, bytes, todayInJapan()), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error, "import/commit");
  }
}
