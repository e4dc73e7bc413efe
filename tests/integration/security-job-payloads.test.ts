import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JOBS } from "@/jobs/definitions";

/**
 * Redis is not where personal data lives: every job payload must be a closed object whose strings are
 * ids (uuid) or fixed codes (enums) — no free text a name, email or card number could travel in. Walks
 * every registered job, so a job added later is held to the same rule.
 */
type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  pattern?: string;
};

function freeTextPaths(schema: Schema, path: string): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap((s, i) => freeTextPaths(s, `${path}|${i}`));
  if (schema.enum || schema.const !== undefined) return [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const found: string[] = [];
  if (
    types.includes("string") &&
    schema.format !== "uuid" &&
    schema.format !== "date" &&
    schema.format !== "date-time"
  )
    found.push(`${path} (free text)`);
  if (types.includes("object")) {
    if (schema.additionalProperties !== false) found.push(`${path} (open object)`);
    for (const [key, child] of Object.entries(schema.properties ?? {}))
      found.push(...freeTextPaths(child, `${path}.${key}`));
  }
  if (types.includes("array") && schema.items) found.push(...freeTextPaths(schema.items, `${path}[]`));
  return found;
}

describe("job payloads carry ids and codes only", () => {
  it("there are jobs to check", () => {
    expect(JOBS.length).toBeGreaterThan(0);
  });

  it.each(JOBS.map((j) => [`${j.queue}/${j.name}`, j] as const))("%s", (_name, job) => {
    const schema = z.toJSONSchema(job.schema, { io: "input", unrepresentable: "any" }) as Schema;
    expect(freeTextPaths(schema, "payload")).toEqual([]);
  });

  it("the check itself catches free text, and objects that would let extra fields through", () => {
    const asInput = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input" }) as Schema;
    expect(freeTextPaths(asInput(z.object({ employeeId: z.uuid(), email: z.string() })), "payload")).toEqual([
      "payload (open object)",
      "payload.email (free text)",
    ]);
    expect(
      freeTextPaths(asInput(z.strictObject({ employeeId: z.uuid(), kind: z.enum(["a", "b"]) })), "payload"),
    ).toEqual([]);
  });
});
