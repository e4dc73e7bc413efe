import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { recordEventOp } from "@/lib/openapi/operations/events";
import { recordApiEvent } from "@/lib/services/api/record-api-event";

export const POST = apiRoute(recordEventOp, async ({ ctx, params, body }) =>
  ok(await recordApiEvent(ctx, params.id ?? "", body), 201),
);
