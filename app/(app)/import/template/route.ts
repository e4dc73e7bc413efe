import { requireTenant } from "@/lib/auth/tenant";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { templateRows } from "@/lib/validation/csv";
import { csvResponse, encodingParam } from "../../_data/http";

/** GET /import/template?lang=ja|en&encoding=utf-8|shift_jis — the employee CSV template. */
export async function GET(request: Request): Promise<Response> {
  await requireTenant();
  const url = new URL(request.url);
  const locale = url.searchParams.get("lang") === "en" ? "en" : "ja";
  const encoding = encodingParam(url);
  return csvResponse(
    encodeCsv(templateRows(locale), encoding),
    `zairyu-employees-template-${locale}${encoding === "shift_jis" ? "-sjis" : ""}.csv`,
    encoding,
  );
}
