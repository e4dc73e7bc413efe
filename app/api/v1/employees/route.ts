import { apiRoute } from "@/lib/api/handler";
import { ok } from "@/lib/api/responses";
import { createEmployeeOp, listEmployeesOp } from "@/lib/openapi/operations/employees";
import { createApiEmployee } from "@/lib/services/api/employee-resource";
import { listEmployeesPage } from "@/lib/services/api/list-employees-page";

export const GET = apiRoute(listEmployeesOp, async ({ ctx, query }) =>
  ok(await listEmployeesPage(ctx, query)),
);
export const POST = apiRoute(createEmployeeOp, async ({ ctx, body }) =>
  ok(await createApiEmployee(ctx, body), 201),
);
