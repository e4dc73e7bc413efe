import { checkReadiness } from "@/lib/services/health";

export const dynamic = "force-dynamic";

/** GET /api/health → 200 when the process answers. GET /api/health?ready=1 → 503 unless DB and Redis answer. */
export async function GET(request: Request) {
  if (!new URL(request.url).searchParams.has("ready")) return Response.json({ ok: true });
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503 });
}
