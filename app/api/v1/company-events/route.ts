import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { recordCompanyEventOp } from "@/lib/openapi/operations/events";
import { recordApiCompanyEvent } from "@/lib/services/api/record-api-event";

export const POST = apiRoute(recordCompanyEventOp, async ({ ctx, body }) =>
  ok(await recordApiCompanyEvent(ctx, body), 201),
);
