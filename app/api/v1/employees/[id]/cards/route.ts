import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { listCardsOp, recordCardOp } from "@/lib/openapi/operations/employees";
import { listApiCards, recordApiCard } from "@/lib/services/api/employee-resource";

export const GET = apiRoute(listCardsOp, async ({ ctx, params }) =>
  ok(await listApiCards(ctx, params.id ?? "")),
);
export const POST = apiRoute(recordCardOp, async ({ ctx, params, body }) =>
  ok(await recordApiCard(ctx, params.id ?? "", body), 201),
);
