import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiOperation } from "@/lib/openapi/operation";
import { OPERATIONS } from "@/lib/openapi/operations";

/**
 * Every route file under app/api/v1 serves exactly the documented operations: each exported method is
 * an apiRoute built from an operation of the document, at the path the document gives it, and every
 * documented operation is served. (The document itself and the JSON 404 are the two exceptions.)
 */
const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api/v1");
const UNDOCUMENTED = new Set(["/openapi.json", "/[...rest]"]);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("app/api/v1 route files and the OpenAPI operations", () => {
  it("match one to one, method and path", async () => {
    const served: string[] = [];
    for (const file of routeFiles(apiDir)) {
      const routePath = path.dirname(path.relative(apiDir, file)).replace(/^\.$/, "");
      const openApiPath = `/${routePath}`.replace(/\[(\w+)\]/g, "{$1}");
      if (UNDOCUMENTED.has(`/${routePath}`)) continue;
      const module = (await import(file)) as Record<string, { operation?: ApiOperation }>;
      for (const [method, handler] of Object.entries(module)) {
        if (!/^(GET|POST|PATCH|PUT|DELETE)$/.test(method)) continue;
        const op = handler.operation;
        expect(op, `${method} ${openApiPath} is not built with apiRoute`).toBeDefined();
        expect(OPERATIONS, `${method} ${openApiPath}`).toContain(op);
        expect([op?.method, op?.path], op?.id).toEqual([method, openApiPath]);
        served.push(op?.id ?? "");
      }
    }
    expect(served.sort()).toEqual(OPERATIONS.map((op) => op.id).sort());
  });
});
