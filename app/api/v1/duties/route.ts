import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { listDutiesOp } from "@/lib/openapi/operations/duties";
import { listDuties } from "@/lib/services/api/list-duties";

export const GET = apiRoute(listDutiesOp, async ({ ctx, query }) => ok(await listDuties(ctx, query)));
