import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { getDutyOp } from "@/lib/openapi/operations/duties";
import { getDuty } from "@/lib/services/api/get-duty";

export const GET = apiRoute(getDutyOp, async ({ ctx, params }) => ok(await getDuty(ctx, params.id ?? "")));
