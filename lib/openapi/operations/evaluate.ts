import { ZEvaluateResponse } from "@/lib/api/schemas/evaluate";
import { ZEvaluateRequest } from "@/lib/compliance";
import { defineOperation } from "../operation";
import { EXAMPLE_EVALUATE } from "./examples";

export const evaluateOp = defineOperation({
  id: "evaluate",
  method: "POST",
  path: "/evaluate",
  tag: "Evaluation",
  summary: "Evaluate one case or a batch (stateless)",
  description:
    'The evaluation contract (EVALUATE.md): one case, or `{ "cases": [...] }` answered by `{ "results": [...] }` in order. The same answers as the library and `npm run evaluate`. Stores nothing; `Idempotency-Key` is accepted and ignored. Unknown fields are errors naming the field, e.g. `cases[1].person.salary`.',
  scope: "read",
  body: { schema: ZEvaluateRequest, maxBytes: 5_000_000, example: EXAMPLE_EVALUATE },
  isIdempotent: false,
  responses: { 200: { description: "The result, or `{ results }` for a batch", schema: ZEvaluateResponse } },
});
