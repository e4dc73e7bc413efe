import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { exportDutyRows } from "@/lib/services/data/export-csv";
import { csvResponse, encodingParam, errorResponse } from "../../_data/http";

/** GET /export/duties[?encoding=shift_jis] — every duty of the company's current employees as CSV. */
export async function GET(request: Request): Promise<Response> {
  const session = await requireTenant();
  try {
    const encoding = encodingParam(new URL(request.url));
    return csvResponse(
      encodeCsv(await exportDutyRows(session), encoding),
      `zairyu-duties-${todayInJapan()}.csv`,
      encoding,
    );
  } catch (error) {
    return errorResponse(error, "export/duties");
  }
}
