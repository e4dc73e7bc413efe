import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { confirmDutyOp } from "@/lib/openapi/operations/duties";
import { confirmDuty } from "@/lib/services/api/confirm-duty";

export const POST = apiRoute(confirmDutyOp, async ({ ctx, params, body }) =>
  ok(await confirmDuty(ctx, params.id ?? "", body)),
);
