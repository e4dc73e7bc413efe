import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { getEmployeeOp, updateEmployeeOp } from "@/lib/openapi/operations/employees";
import { getApiEmployee, patchApiEmployee } from "@/lib/services/api/employee-resource";

export const GET = apiRoute(getEmployeeOp, async ({ ctx, params }) =>
  ok(await getApiEmployee(ctx, params.id ?? "")),
);
export const PATCH = apiRoute(updateEmployeeOp, async ({ ctx, params, body }) =>
  ok(await patchApiEmployee(ctx, params.id ?? "", body)),
);
