import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { evaluateOp } from "@/lib/openapi/operations/evaluate";
import { evaluateApi } from "@/lib/services/api/evaluate-api";

export const POST = apiRoute(evaluateOp, async ({ body }) => ok(evaluateApi(body)));
