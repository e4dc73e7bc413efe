import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { IMPORT_LIMITS, previewEmployeeImport } from "@/lib/services/data/import-employees";
import { errorResponse, uploadedBytes } from "../../_data/http";

/** POST /import/preview (multipart "file"): the row-by-row check; writes nothing. */
export async function POST(request: Request): Promise<Response> {
  const session = await requireTenant();
  try {
    const bytes = await uploadedBytes(request, IMPORT_LIMITS.maxBytes);
    return Response.json(await previewEmployeeImport(session, bytes, todayInJapan()), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error, "import/preview");
  }
}
