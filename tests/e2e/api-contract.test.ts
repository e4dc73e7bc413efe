import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany } from "../factories/company";
import { type ApiAnswer, callHttp, makeApiKey } from "../helpers/api";
import { type OpenApiDoc, requestExample, responseSchema, validatorFor } from "../helpers/openapi";

/**
 * Contract tests derived from the OpenAPI document, against the running production build: for every
 * documented operation and every status it documents, a request that produces that status, whose
 * body must validate against the documented schema and whose headers must be the documented ones.
 */
const base = process.env.E2E_BASE_URL ?? "";
let doc: OpenApiDoc;
const keys = { both: "", read: "", write: "", exhausted: "" };

type Op = { path: string; method: string; id: string; hasBody: boolean; scope: string };
let operations: Op[] = [];

beforeAll(async () => {
  doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as OpenApiDoc;
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      path,
      method,
      id: op.operationId,
      hasBody: Boolean(op.requestBody),
      scope: String(op["x-scope"]),
    })),
  );
  const company = await makeCompany("契約テスト株式会社");
  keys.both = await makeApiKey(company);
  keys.read = await makeApiKey(company, ["read"], "read only");
  keys.write = await makeApiKey(company, ["write"], "write only");
  keys.exhausted = await makeApiKey(company, ["read", "write"], "exhausted");
  // Spend the exhausted key's whole window (the first answers count it; stop at the first 429).
  for (let spent = false; !spent; ) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, () => callHttp(base, { path: "/employees?limit=1", key: keys.exhausted })),
    );
    spent = batch.some((a) => a.status === 429);
  }
});

/** Example bodies from the document, with dates that are valid today. */
function example(op: Op): unknown {
  const value = structuredClone(requestExample(doc, op.path, op.method.toLowerCase()) ?? null) as Record<
    string,
    unknown
  > | null;
  if (op.id === "confirmDuty" && value) value.filedOn = todayInJapan();
  if (op.id === "recordCompanyEvent" && value) value.date = todayInJapan();
  return value ?? undefined;
}

async function freshEmployee(): Promise<string> {
  const created = await callHttp(base, {
    method: "POST",
    path: "/employees",
    key: keys.both,
    body: requestExample(doc, "/employees", "post"),
  });
  return (created.body as { id: string }).id;
}

async function openDuty(): Promise<string> {
  const id = await freshEmployee();
  const recorded = await callHttp(base, {
    method: "POST",
    path: `/employees/${id}/events`,
    key: keys.both,
    body: { type: "employment_ended", date: "2026-06-30" },
  });
  return ((recorded.body as { duties: { id: string }[] }).duties[0] as { id: string }).id;
}

/** The path with real ids for a successful call (a fresh resource for operations that consume one). */
async function pathFor(op: Op): Promise<string> {
  if (!op.path.includes("{id}")) return op.path;
  const id = op.path.startsWith("/duties") ? await openDuty() : await freshEmployee();
  return op.path.replace("{id}", id);
}

const send = (
  op: Op,
  path: string,
  extra: { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
) =>
  callHttp(base, {
    method: op.method.toUpperCase(),
    path,
    ...extra,
    ...(op.hasBody && extra.body === undefined && extra.rawBody === undefined ? { body: example(op) } : {}),
  });

/** How to make each status happen. 500 is documented but cannot be caused on purpose (see api-wrapper.test.ts). */
const PROBES: Record<string, (op: Op) => Promise<ApiAnswer>> = {
  "2xx": async (op) => send(op, await pathFor(op), { key: keys.both }),
  400: async (op) => {
    const path = await pathFor(op);
    if (op.hasBody)
      return send(op, path, { key: keys.both, body: { ...(example(op) as object), notAField: 1 } });
    if (op.method === "get") return send(op, `${path}?limit=0`, { key: keys.both });
    return send(op, path, { key: keys.both, headers: { "idempotency-key": "é not ascii" } });
  },
  401: async (op) => send(op, op.path.replace("{id}", crypto.randomUUID()), {}),
  403: async (op) =>
    send(op, op.path.replace("{id}", crypto.randomUUID()), {
      key: op.scope === "read" ? keys.write : keys.read,
    }),
  404: async (op) => send(op, op.path.replace("{id}", crypto.randomUUID()), { key: keys.both }),
  409: async (op) => {
    // The same Idempotency-Key for a different request: another body, or (no body) another resource.
    const headers = { "idempotency-key": `contract-${crypto.randomUUID()}` };
    const path = await pathFor(op);
    const first = await send(op, path, { key: keys.both, headers });
    expect(first.status, JSON.stringify(first.body)).toBeLessThan(300);
    if (op.hasBody)
      return send(op, path, { key: keys.both, headers, body: { ...(example(op) as object), changed: true } });
    return send(op, await pathFor(op), { key: keys.both, headers });
  },
  413: async (op) =>
    send(op, op.path.replace("{id}", crypto.randomUUID()), {
      key: keys.both,
      rawBody: JSON.stringify({ padding: "x".repeat(6_000_000) }),
      headers: { "content-type": "application/json" },
    }),
  415: async (op) =>
    send(op, await pathFor(op), {
      key: keys.both,
      rawBody: JSON.stringify(example(op)),
      headers: { "content-type": "text/plain" },
    }),
  429: async (op) => send(op, op.path.replace("{id}", crypto.randomUUID()), { key: keys.exhausted }),
};

const UNPROVOKABLE = new Set(["500"]);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents every route with its errors", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(operations.length).toBeGreaterThanOrEqual(13);
    for (const op of operations) {
      const statuses = Object.keys(doc.paths[op.path]?.[op.method]?.responses ?? {});
      expect(statuses, op.id).toEqual(expect.arrayContaining(["401", "403", "429", "500"]));
      for (const status of statuses)
        if (!UNPROVOKABLE.has(status))
          expect(PROBES[status.startsWith("2") ? "2xx" : status], `${op.id} ${status}`).toBeDefined();
    }
  });
});

describe("every documented operation and status, against the real server", () => {
  const cases = () =>
    operations.flatMap((op) =>
      Object.keys(doc.paths[op.path]?.[op.method]?.responses ?? {})
        .filter((s) => !UNPROVOKABLE.has(s))
        .map((status) => ({ op, status })),
    );

  it("answers each status as documented: body schema, error shape and headers", async () => {
    const seen: string[] = [];
    for (const { op, status } of cases()) {
      const probe = PROBES[status.startsWith("2") ? "2xx" : status];
      if (!probe) throw new Error(`no probe for ${status}`);
      const answer = await probe(op);
      const label = `${op.method.toUpperCase()} ${op.path} → ${status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
      expect(String(answer.status), label).toBe(status);
      const schema = responseSchema(doc, op.path, op.method, status);
      if (schema) {
        const result = validatorFor(doc, schema).safeParse(answer.body);
        expect(result.success ? [] : result.error.issues, label).toEqual([]);
      }
      expect(answer.headers.get("x-request-id"), label).toMatch(/^[0-9a-f-]{36}$/);
      if (status !== "401") expect(answer.headers.get("ratelimit-limit"), label).toMatch(/^\d+$/);
      if (status === "429") expect(Number(answer.headers.get("retry-after")), label).toBeGreaterThan(0);
      if (status === "400")
        expect((answer.body as { error: { field?: string } }).error.field, label).toBeTruthy();
      seen.push(`${op.id} ${status}`);
    }
    expect(seen.length).toBeGreaterThan(operations.length * 5);
  });

  it("answers an unknown /api/v1 path with the error shape, not an HTML page", async () => {
    const answer = await callHttp(base, { path: "/no-such-thing", key: keys.both });
    expect(answer.status).toBe(404);
    expect(validatorFor(doc, { $ref: "#/components/schemas/Error" }).safeParse(answer.body).success).toBe(
      true,
    );
  });
});
