import { requireTenant } from "@/lib/auth/tenant";
import { AppError } from "@/lib/errors";
import { renderPdf } from "@/lib/services/privacy/chromium-pdf";
import { exportEmployeeData } from "@/lib/services/privacy/export-employee";
import { exportHtml } from "@/lib/services/privacy/export-html";

export const dynamic = "force-dynamic";

/**
 * GET /employees/:id/export?format=json|pdf — the data-subject export as a download. Never cached
 * (no-store): the file holds the full card number. The URL carries ids only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const format = new URL(request.url).searchParams.get("format") === "pdf" ? "pdf" : "json";
  try {
    const data = await exportEmployeeData(session, id, format);
    const headers = {
      "cache-control": "no-store",
      "content-disposition": `attachment; filename="zairyu-employee-${id}.${format}"`,
    };
    if (format === "json")
      return new Response(JSON.stringify(data, null, 2), {
        headers: { ...headers, "content-type": "application/json; charset=utf-8" },
      });
    const pdf = await renderPdf(exportHtml(data, session.locale));
    return new Response(new Uint8Array(pdf), { headers: { ...headers, "content-type": "application/pdf" } });
  } catch (error) {
    if (error instanceof AppError) return Response.json(error.toBody(), { status: error.status });
    throw error;
  }
}
