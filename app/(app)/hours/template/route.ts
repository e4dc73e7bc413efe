import { requireTenant } from "@/lib/auth/tenant";
import { addDays } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import { encodeCsv } from "@/lib/services/data/csv-file";
import { csvResponse, encodingParam } from "../../_data/http";

/** GET /hours/template[?encoding=shift_jis] — the shift CSV template with a week of example rows. */
export async function GET(request: Request): Promise<Response> {
  const session = await requireTenant();
  const encoding = encodingParam(new URL(request.url));
  const header =
    session.locale === "ja" ? ["社員番号", "日付", "時間"] : ["Employee number", "Date", "Hours"];
  const today = todayInJapan();
  const rows = [header, ...Array.from({ length: 5 }, (_, i) => ["E1001", addDays(today, i + 1), "4"])];
  return csvResponse(
    encodeCsv(rows, encoding),
    `zairyu-shifts-template${encoding === "shift_jis" ? "-sjis" : ""}.csv`,
    encoding,
  );
}
