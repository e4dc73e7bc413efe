import { unsafeCalendarFeedIcs } from "@/lib/services/data/calendar-feeds";

/**
 * GET /api/calendar/<token>[?lang=en] — the company's open deadlines as iCalendar, for calendar apps that
 * cannot sign in. The secret token is the credential; unknown and revoked tokens get the same 404.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
  try {
    const ics = await unsafeCalendarFeedIcs(token, locale);
    if (ics === null)
      return new Response("not found\n", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="zairyu-deadlines.ics"',
        "cache-control": "private, no-store",
        "referrer-policy": "no-referrer",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    // Never the token: it is the credential.
    console.error("[calendar] feed failed", error instanceof Error ? error.message : "unknown");
    return new Response("unavailable\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
