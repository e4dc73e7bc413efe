import { DEFAULT_RATE_LIMIT } from "@/lib/api/rate-limit";
import { errorDescription, errorStatuses } from "./errors";
import { type ApiOperation, acceptsIdempotencyKey } from "./operation";
import { OPERATIONS } from "./operations";
import { buildSchemas, queryParameters } from "./schemas";
import { webhookSection } from "./webhooks";

type Json = Record<string, unknown>;

const RATE_HEADERS: Json = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" },
};

const DESCRIPTION = `Zairyu's REST API for HR and payroll systems: employees and their residence cards, the legal duties the
engine computes from events, and the stateless evaluation contract.

**Authentication.** Create a key in Settings → API keys (owners and admins). Send it as \`Authorization: Bearer zk_…\`.
A key has the \`read\` scope, the \`write\` scope or both; it is shown once and stored only as a hash.

**Errors** all have one shape: \`{"error": {"code", "message", "field", "issues": [{"field", "rule", "message"}]}}\`;
\`field\` names the first field at fault. Send \`Accept-Language: ja\` for messages in Japanese.

**Idempotency.** Send \`Idempotency-Key: <unique string>\` on POSTs: a retry with the same key and body gets the
stored answer (with \`Idempotent-Replayed: true\`); the same key with another body is a 409. Keys last 24 hours;
only successful answers are stored.

**Rate limits.** ${DEFAULT_RATE_LIMIT.limit} requests per ${DEFAULT_RATE_LIMIT.windowSeconds} s per key, reported in
\`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; beyond it, 429 with \`Retry-After\`.

**Pagination.** Lists answer \`{"data": [...], "nextCursor": "…"}\`; pass \`cursor=<nextCursor>\` until it is null.

**Dates** are Japan calendar dates \`YYYY-MM-DD\`; timestamps are RFC 3339 UTC. Zairyu is not legal advice.`;

/** The OpenAPI 3.1 document, generated from the same operation objects and zod schemas the routes use. */
export function buildOpenApiDocument(serverUrl: string): Json {
  const built = buildSchemas(OPERATIONS);
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    const path = paths[op.path] ?? {};
    path[op.method.toLowerCase()] = operationObject(op, built);
    paths[op.path] = path;
  }
  const tags = [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name }));
  return {
    openapi: "3.1.0",
    info: { title: "Zairyu API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    security: [{ apiKey: [] }],
    tags: [...tags, { name: "Webhooks" }],
    paths,
    webhooks: webhookSection(),
    components: {
      schemas: built.schemas,
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", bearerFormat: "zk_…", description: "A company API key" },
      },
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "Makes a retried POST safe: 1–255 visible ASCII characters, unique per request",
          schema: { type: "string", minLength: 1, maxLength: 255 },
        },
      },
      headers: {
        "RateLimit-Limit": {
          description: "Requests allowed per window for this key",
          schema: { type: "integer" },
        },
        "RateLimit-Remaining": { description: "Requests left in this window", schema: { type: "integer" } },
        "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
        "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } },
        "X-Request-Id": { description: "Quote it when reporting a problem", schema: { type: "string" } },
      },
    },
  };
}

function operationObject(op: ApiOperation, built: ReturnType<typeof buildSchemas>): Json {
  const parameters: Json[] = Object.entries(op.params ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string", format: "uuid" },
  }));
  if (op.query) parameters.push(...queryParameters(op.query));
  if (acceptsIdempotencyKey(op)) parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
  const responses: Record<string, Json> = {};
  for (const [status, answer] of Object.entries(op.responses)) {
    const ref = built.answerRef(op.id, status);
    responses[status] = {
      description: answer.description,
      headers: RATE_HEADERS,
      ...(ref ? { content: { "application/json": { schema: { $ref: ref } } } } : {}),
    };
  }
  for (const status of errorStatuses(op)) {
    const headers =
      status === 429
        ? { ...RATE_HEADERS, "Retry-After": { $ref: "#/components/headers/Retry-After" } }
        : status === 401
          ? { "X-Request-Id": RATE_HEADERS["X-Request-Id"] }
          : RATE_HEADERS;
    responses[String(status)] = {
      description: errorDescription(status),
      headers,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  const bodyRef = built.bodyRef(op.id);
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: `${op.description ? `${op.description}\n\n` : ""}Scope: \`${op.scope}\`.`,
    "x-scope": op.scope,
    ...(parameters.length ? { parameters } : {}),
    ...(bodyRef && op.body
      ? {
          requestBody: {
            required: !op.body.isOptional,
            content: {
              "application/json": {
                schema: { $ref: bodyRef },
                ...(op.body.example ? { example: op.body.example } : {}),
              },
            },
          },
        }
      : {}),
    responses,
  };
}
