import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { archiveEmployeeOp } from "@/lib/openapi/operations/employees";
import { archiveApiEmployee } from "@/lib/services/api/employee-resource";

export const POST = apiRoute(archiveEmployeeOp, async ({ ctx, params }) =>
  ok(await archiveApiEmployee(ctx, params.id ?? "")),
);
