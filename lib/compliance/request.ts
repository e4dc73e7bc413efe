/**
 * evaluateRequest(unknown) — the boundary used by the API route and the CLI: validates one case or
 * `{ cases: [...] }` and never throws for any JSON value.
 */
import { invalidInput, issueMessage, type TEvaluateError, toFieldIssues } from "./contract/errors";
import type { TEvaluateResult } from "./contract/result";
import { ZEvaluateBatch, ZEvaluateCase } from "./contract/schema";
import { evaluate } from "./engine/evaluate";

export type TEvaluateResponseBody = TEvaluateResult | { results: TEvaluateResult[] };
export type TEvaluateResponse =
  | { ok: true; body: TEvaluateResponseBody }
  | { ok: false; error: TEvaluateError };

const parseOptions = { error: issueMessage } as const;

function isBatch(input: unknown): boolean {
  return (
    typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, "cases")
  );
}

export function evaluateRequest(input: unknown): TEvaluateResponse {
  if (isBatch(input)) {
    const parsed = ZEvaluateBatch.safeParse(input, parseOptions);
    if (!parsed.success) return { ok: false, error: invalidInput(toFieldIssues(parsed.error.issues)) };
    return { ok: true, body: { results: parsed.data.cases.map(evaluate) } };
  }
  const parsed = ZEvaluateCase.safeParse(input, parseOptions);
  if (!parsed.success) return { ok: false, error: invalidInput(toFieldIssues(parsed.error.issues)) };
  return { ok: true, body: evaluate(parsed.data) };
}
