import crypto from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { makeCompany } from "../factories/company";
import { callHttp, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";
import { deref, type Json, type OpenApiDoc, requestExample } from "../helpers/openapi";

/**
 * Malformed payloads to every write route of the running server (fast-check): each must be answered
 * with a 4xx naming a field — never a 500 — and must leave the company's data exactly as it was.
 * Payloads are malformed by construction, from the document: an unknown field, a value of the wrong
 * JSON type, a required field missing, a body that is not an object, or text that is not JSON.
 */
const base = process.env.E2E_BASE_URL ?? "";
const owner = ownerSql();
let doc: OpenApiDoc;
let companyId = "";
let employeeId = "";
let dutyId = "";
let key = "";

beforeAll(async () => {
  doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as OpenApiDoc;
  const company = await makeCompany("ファズ株式会社");
  companyId = company.companyId;
  key = await makeApiKey(company);
  const created = await callHttp(base, {
    method: "POST",
    path: "/employees",
    key,
    body: requestExample(doc, "/employees", "post"),
  });
  employeeId = (created.body as { id: string }).id;
  const other = await callHttp(base, {
    method: "POST",
    path: "/employees",
    key,
    body: { ...(requestExample(doc, "/employees", "post") as object), nameOnCard: "DUTY HOLDER" },
  });
  const recorded = await callHttp(base, {
    method: "POST",
    path: `/employees/${(other.body as { id: string }).id}/events`,
    key,
    body: { type: "employment_ended", date: "2026-06-30" },
  });
  dutyId = ((recorded.body as { duties: { id: string }[] }).duties[0] as { id: string }).id;
});
afterAll(() => owner.end());

const TABLES = [
  "employees",
  "card_records",
  "events",
  "company_events",
  "duties",
  "notifications",
  "confirmations",
  "audit_log",
  "idempotency_keys",
  "webhook_deliveries",
];
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES)
    parts.push(
      JSON.stringify(
        await owner.unsafe(`select * from ${table} t where company_id = $1 order by t::text`, [companyId]),
      ),
    );
  return crypto.createHash("sha256").update(parts.join("\n")).digest("hex");
}

type Payload = { body?: unknown; rawBody?: string; what: string };

/** Properties and required fields of a body schema (for unions: all properties, the common required ones). */
function shape(schema: Json): { properties: Set<string>; required: string[] } {
  const members = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (members) {
    const shapes = members.map(shape);
    return {
      properties: new Set(shapes.flatMap((s) => [...s.properties])),
      required: shapes.reduce<string[]>(
        (acc, s) => acc.filter((r) => s.required.includes(r)),
        shapes[0]?.required ?? [],
      ),
    };
  }
  return {
    properties: new Set(Object.keys((schema.properties ?? {}) as Json)),
    required: (schema.required ?? []) as string[],
  };
}

const anyJson = fc.jsonValue({ maxDepth: 2 });
function wrongType(value: unknown): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  if (typeof value !== "string") choices.push(fc.string({ maxLength: 20 }));
  if (typeof value !== "number") choices.push(fc.integer());
  if (typeof value !== "boolean") choices.push(fc.boolean());
  if (!Array.isArray(value)) choices.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (typeof value !== "object" || value === null || Array.isArray(value))
    choices.push(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 2 }));
  return fc.oneof(...choices);
}

/** Every path to a value in the example, up to two levels deep (e.g. `card.statusCode`). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== "object" || value === null || Array.isArray(value) || prefix.length >= 2)
    return prefix.length ? [prefix] : [];
  return [
    ...(prefix.length ? [prefix] : []),
    ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k])),
  ];
}

function setAt(target: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = structuredClone(target) as Record<string, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

function malformed(example: unknown, schema: Json, hasBody: boolean): fc.Arbitrary<Payload> {
  const notJson = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => {
    if (s.trim() === "") return false;
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  });
  const kinds: fc.Arbitrary<Payload>[] = [
    notJson.map((rawBody) => ({ rawBody, what: "not JSON" })),
    fc
      .oneof(
        fc.integer(),
        fc.string({ minLength: 1 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(anyJson, { maxLength: 3 }),
      )
      .map((body) => ({ body, what: "not an object" })),
  ];
  const { properties, required } = shape(schema);
  const base = (example ?? {}) as Record<string, unknown>;
  const unknownKey = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((k) => !properties.has(k) && !(k in base) && k !== "__proto__");
  kinds.push(
    fc
      .tuple(unknownKey, anyJson)
      .map(([k, v]) => ({ body: { ...base, [k]: v }, what: `unknown field ${k}` })),
  );
  if (!hasBody) return fc.oneof(...kinds);
  const paths = leafPaths(base);
  if (paths.length)
    kinds.push(
      fc.constantFrom(...paths).chain((path) =>
        wrongType(path.reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], base)).map((v) => ({
          body: setAt(base, path, v),
          what: `wrong type at ${path.join(".")}`,
        })),
      ),
    );
  if (required.length)
    kinds.push(
      fc
        .constantFrom(...required)
        .map((field) => ({ body: setAt(base, [field], undefined, true), what: `missing ${field}` })),
    );
  return fc.oneof(...kinds);
}

const WRITE_OPS = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === "post" || method === "patch")
      .map(([method, op]) => ({ path, method, op })),
  );

function targetPath(path: string): string {
  return path.replace("{id}", path.startsWith("/duties") ? dutyId : employeeId);
}

function exampleFor(path: string, method: string): unknown {
  const value = structuredClone(requestExample(doc, path, method) ?? null) as Record<string, unknown> | null;
  if (value && path.endsWith("/confirm")) value.filedOn = todayInJapan();
  if (value && path === "/company-events") value.date = todayInJapan();
  return value ?? undefined;
}

describe("malformed payloads to every write route", () => {
  it("covers every POST and PATCH in the document", () => {
    expect(
      WRITE_OPS()
        .map((o) => o.op.operationId)
        .sort(),
    ).toEqual(
      [
        "archiveEmployee",
        "confirmDuty",
        "createEmployee",
        "evaluate",
        "recordCard",
        "recordCompanyEvent",
        "recordEvent",
        "updateEmployee",
      ].sort(),
    );
  });

  it("always answer 4xx with a field-named error, never 500, and write nothing", async () => {
    for (const { path, method, op } of WRITE_OPS()) {
      const schema = deref(
        ((op.requestBody?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema ??
          {},
        doc.components.schemas,
      ) as Json;
      const example = exampleFor(path, method);
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(malformed(example, schema, Boolean(op.requestBody)), async (payload) => {
          const answer = await callHttp(base, {
            method: method.toUpperCase(),
            path: targetPath(path),
            key,
            ...(payload.rawBody !== undefined
              ? { rawBody: payload.rawBody, headers: { "content-type": "application/json" } }
              : { body: payload.body }),
          });
          const label = `${op.operationId} (${payload.what}): ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
          expect(answer.status, label).toBeGreaterThanOrEqual(400);
          expect(answer.status, label).toBeLessThan(500);
          expect((answer.body as { error?: { field?: string } }).error?.field, label).toBeTruthy();
        }),
        { numRuns: 60 },
      );
      expect(await fingerprint(), `${op.operationId} wrote something`).toBe(before);
    }
  });

  it("the same examples, well-formed, do succeed (so the refusals above are about the payloads)", async () => {
    for (const { path, method, op } of WRITE_OPS()) {
      if (op.operationId === "archiveEmployee" || op.operationId === "confirmDuty") continue;
      const answer = await callHttp(base, {
        method: method.toUpperCase(),
        path: targetPath(path),
        key,
        body: exampleFor(path, method),
      });
      expect(answer.status, `${op.operationId}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeLessThan(
        300,
      );
    }
  });
});
