import { z } from "zod";

export type Json = Record<string, unknown>;
export type OpenApiDoc = Json & {
  paths: Record<
    string,
    Record<
      string,
      Json & { operationId: string; parameters?: Json[]; requestBody?: Json; responses: Record<string, Json> }
    >
  >;
  components: { schemas: Record<string, Json> };
};

/** Inlines every `#/components/schemas/…` reference (the document has no cycles). */
export function deref(schema: unknown, components: Record<string, Json>, depth = 0): unknown {
  if (depth > 20) throw new Error("schema nesting too deep (a cycle?)");
  if (Array.isArray(schema)) return schema.map((s) => deref(s, components, depth + 1));
  if (!schema || typeof schema !== "object") return schema;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string") {
    const target = components[ref.split("/").at(-1) ?? ""];
    if (!target) throw new Error(`unresolved ${ref}`);
    return deref(target, components, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v, components, depth + 1)]));
}

/** A zod validator for one documented body: the document, not our code, decides what is valid. */
export function validatorFor(doc: OpenApiDoc, schema: unknown): z.ZodType {
  return z.fromJSONSchema(deref(schema, doc.components.schemas) as never);
}

export function responseSchema(doc: OpenApiDoc, path: string, method: string, status: string): unknown {
  const answer = doc.paths[path]?.[method]?.responses[status];
  return ((answer?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
}

export function requestExample(doc: OpenApiDoc, path: string, method: string): unknown {
  const body = doc.paths[path]?.[method]?.requestBody as Json | undefined;
  return ((body?.content as Json | undefined)?.["application/json"] as Json | undefined)?.example;
}
