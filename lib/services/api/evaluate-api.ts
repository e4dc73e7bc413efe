import { evaluateRequest, type TEvaluateResponseBody } from "@/lib/compliance";
import { AppError } from "@/lib/errors";

/**
 * POST /api/v1/evaluate: the library's evaluateRequest, nothing else — no database, no storage, so the
 * answer is byte-for-byte the one the CLI prints. Only the error is rewrapped into the API's one shape,
 * keeping the engine's field paths (`cases[1].person.salary`).
 */
export function evaluateApi(body: unknown): TEvaluateResponseBody {
  const response = evaluateRequest(body);
  if (response.ok) return response.body;
  const issues = response.error.issues.map((issue) => ({
    field: issue.field,
    rule: "evaluate_contract",
    message: `${issue.field}: ${issue.message}`,
  }));
  throw new AppError("invalid_input", response.error.message, issues);
}
