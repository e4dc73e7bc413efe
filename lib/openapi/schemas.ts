import { z } from "zod";
import { ZApiError } from "@/lib/api/schemas/common";
import { ZApiDuty } from "@/lib/api/schemas/duty";
import { ZApiCard, ZApiEmployee } from "@/lib/api/schemas/employee";
import { ZEvaluateResult } from "@/lib/api/schemas/evaluate";
import { ZIsoDate } from "@/lib/compliance";
import { zIsoDate } from "@/lib/validation/common";
import { ZCardInput } from "@/lib/validation/employee";
import type { ApiOperation } from "./operation";

type Meta = { id: string };
type JsonSchema = Record<string, unknown>;

/** Shared shapes get a readable name in components.schemas; everything else is named after its operation. */
const NAMED_RESPONSES: [z.ZodType, string][] = [
  [ZApiError, "Error"],
  [ZApiEmployee, "Employee"],
  [ZApiCard, "Card"],
  [ZApiDuty, "Duty"],
  [ZEvaluateResult, "EvaluateResult"],
];
const NAMED_REQUESTS: [z.ZodType, string][] = [[ZCardInput, "CardInput"]];

/** Date strings are refinements zod cannot describe; say what they are. */
const DATE_SCHEMAS: ReadonlySet<unknown> = new Set([zIsoDate, ZIsoDate]);
const override = (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
  if (DATE_SCHEMAS.has(ctx.zodSchema))
    Object.assign(ctx.jsonSchema, { format: "date", description: "YYYY-MM-DD (a real calendar date)" });
};
const options = { unrepresentable: "any", override } as const;

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/**
 * components.schemas from the operations' zod schemas (zod 4's own JSON Schema output, draft 2020-12,
 * which is OpenAPI 3.1's dialect). Requests are described as clients send them (defaults optional),
 * responses as the server writes them. Returns the $ref for each operation's body and answers.
 */
export function buildSchemas(operations: readonly ApiOperation[]) {
  const requests = z.registry<Meta>();
  const responses = z.registry<Meta>();
  for (const [schema, id] of NAMED_REQUESTS) requests.add(schema, { id });
  for (const [schema, id] of NAMED_RESPONSES) responses.add(schema, { id });
  const bodyRef = new Map<string, string>();
  const answerRef = new Map<string, string>();
  for (const op of operations) {
    if (op.body) bodyRef.set(op.id, register(requests, op.body.schema, `${pascal(op.id)}Request`));
    for (const [status, answer] of Object.entries(op.responses))
      if (answer.schema)
        answerRef.set(`${op.id} ${status}`, register(responses, answer.schema, `${pascal(op.id)}Response`));
  }
  const uri = (id: string) => `#/components/schemas/${id}`;
  const convert = (registry: z.core.$ZodRegistry<Meta>, io: "input" | "output") =>
    (z.toJSONSchema(registry, { ...options, uri, io }) as { schemas: Record<string, JsonSchema> }).schemas;
  const schemas = { ...convert(requests, "input"), ...convert(responses, "output") };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return {
    schemas,
    bodyRef: (opId: string) => bodyRef.get(opId),
    answerRef: (opId: string, status: string) => answerRef.get(`${opId} ${status}`),
  };
}

function register(registry: z.core.$ZodRegistry<Meta>, schema: z.ZodType, id: string): string {
  const existing = registry.get(schema)?.id;
  if (existing) return `#/components/schemas/${existing}`;
  registry.add(schema, { id });
  return `#/components/schemas/${id}`;
}

/** One query schema → OpenAPI parameters (one per property). */
export function queryParameters(query: z.ZodType): JsonSchema[] {
  const json = z.toJSONSchema(query, { ...options, io: "input" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}
