import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { importShifts, SHIFT_IMPORT_LIMITS } from "@/lib/services/data/import-shifts";
import { errorResponse, uploadedBytes } from "../../_data/http";

/** POST /hours/import (multipart "file"): shifts for employees under the 28-hour rule, all or nothing. */
export async function POST(request: Request): Promise<Response> {
  const session = await requireTenant();
  try {
    const bytes = await uploadedBytes(request, SHIFT_IMPORT_LIMITS.maxBytes);
    return Response.json(await importShifts(session, bytes, todayInJapan()), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error, "hours/import");
  }
}
