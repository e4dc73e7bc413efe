import { requireTenant } from "@/lib/auth/tenant";
import { todayInJapan } from "@/lib/i18n/format";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { helloWorkCsvRows, listHelloWorkReports } from "@/lib/services/data/hello-work";
import { csvResponse, encodingParam, errorResponse } from "../../_data/http";
import { defaultPeriod } from "../period";

/** GET /hello-work/csv?from=&to=[&encoding=shift_jis] — the period's reports, one row each. */
export async function GET(request: Request): Promise<Response> {
  const session = await requireTenant();
  try {
    const url = new URL(request.url);
    const period = {
      ...defaultPeriod(todayInJapan()),
      ...Object.fromEntries(
        ["from", "to"].flatMap((k) => {
          const v = url.searchParams.get(k);
          return v ? [[k, v]] : [];
        }),
      ),
    };
    const { reports, from, to } = await listHelloWorkReports(session, period);
    const encoding = encodingParam(url);
    return csvResponse(
      encodeCsv(helloWorkCsvRows(reports), encoding),
      `zairyu-hello-work-${from}-${to}.csv`,
      encoding,
    );
  } catch (error) {
    return errorResponse(error, "hello-work/csv");
  }
}
