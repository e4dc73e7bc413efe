import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { Paragraphs } from "./inline-text";
import { SchemaView } from "./schema-view";

export const metadata = { title: "API reference" };

type Json = Record<string, unknown>;
type Operation = Json & {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
};
type Document = Json & {
  info: { title: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, { post: Operation }>;
  components: { schemas: Record<string, Json> };
};

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-green-100 text-green-900",
  patch: "bg-amber-100 text-amber-900",
};

/**
 * GET /api/docs — the OpenAPI document rendered as a plain, server-side page: no scripts of its own,
 * nothing from a CDN. The machine-readable document is at /api/v1/openapi.json.
 */
export default function ApiDocsPage() {
  const doc = buildOpenApiDocument(getEnv().APP_URL) as Document;
  const components = doc.components.schemas;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags[0] ?? ""))];
  const webhooks = Object.entries(doc.webhooks);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm">
          <a href="/settings/api-keys" className="text-accent underline">
            Zairyu
          </a>{" "}
          ·{" "}
          <a href="/api/v1/openapi.json" className="text-accent underline">
            openapi.json
          </a>
        </p>
        <h1 className="text-3xl font-bold">{doc.info.title}</h1>
        <p className="break-all font-mono text-sm">Base URL: {doc.servers[0]?.url}</p>
        <div className="flex flex-col gap-2 text-gray-800">
          <Paragraphs text={doc.info.description} />
        </div>
        <nav aria-label="Contents">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[...tags, "Webhooks"].map((tag) => (
              <li key={tag}>
                <a href={`#${slug(tag)}`} className="text-accent underline">
                  {tag}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} id={slug(tag)} aria-labelledby={`${slug(tag)}-h`} className="flex flex-col gap-4">
          <h2 id={`${slug(tag)}-h`} className="border-b border-gray-200 pb-1 text-2xl font-bold">
            {tag}
          </h2>
          {operations
            .filter((o) => o.op.tags[0] === tag)
            .map(({ path, method, op }) => (
              <OperationView
                key={op.operationId}
                path={path}
                method={method}
                op={op}
                components={components}
              />
            ))}
        </section>
      ))}
      <section id="webhooks" aria-labelledby="webhooks-h" className="flex flex-col gap-4">
        <h2 id="webhooks-h" className="border-b border-gray-200 pb-1 text-2xl font-bold">
          Webhooks
        </h2>
        <div className="flex flex-col gap-2 text-sm text-gray-800">
          <Paragraphs text={String(webhooks[0]?.[1].post.description ?? "")} />
        </div>
        {webhooks.map(([type, { post }]) => (
          <article
            key={type}
            className="flex flex-col gap-2 overflow-x-auto rounded-lg border border-gray-200 bg-white p-4"
          >
            <h3 className="font-mono font-semibold">{type}</h3>
            <p className="text-sm">{post.summary}</p>
            <SchemaView schema={bodyOf(post)?.schema ?? {}} components={components} />
          </article>
        ))}
      </section>
    </div>
  );
}

function OperationView({
  path,
  method,
  op,
  components,
}: {
  path: string;
  method: string;
  op: Operation;
  components: Record<string, Json>;
}) {
  const body = bodyOf(op);
  const parameters = op.parameters ?? [];
  return (
    <article
      id={op.operationId}
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h3 className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono text-sm font-bold uppercase ${METHOD_COLOURS[method] ?? ""}`}
        >
          {method}
        </span>
        <span className="break-all font-mono font-semibold">{path}</span>
      </h3>
      <p className="font-medium">{op.summary}</p>
      {op.description ? (
        <div className="flex flex-col gap-1 text-sm text-gray-800">
          <Paragraphs text={op.description} />
        </div>
      ) : null}
      {parameters.length > 0 ? (
        <div className="overflow-x-auto">
          <h4 className="mb-1 text-sm font-semibold">Parameters</h4>
          <SchemaView
            schema={{
              type: "object",
              properties: Object.fromEntries(parameters.map(paramEntry)),
              required: parameters.filter((p) => p.required).map((p) => paramEntry(p)[0]),
            }}
            components={components}
          />
        </div>
      ) : null}
      {body ? (
        <div className="overflow-x-auto">
          <h4 className="mb-1 text-sm font-semibold">Request body</h4>
          <SchemaView schema={body.schema ?? {}} components={components} />
          {body.example ? (
            <pre className="mt-2 overflow-x-auto rounded bg-gray-900 p-3 text-xs text-gray-100">
              {JSON.stringify(body.example, null, 2)}
            </pre>
          ) : null}
        </div>
      ) : null}
      <div>
        <h4 className="mb-1 text-sm font-semibold">Responses</h4>
        <ul className="flex flex-col gap-1 text-sm">
          {Object.entries(op.responses).map(([status, answer]) => (
            <li key={status}>
              <span
                className={`mr-2 inline-block w-10 font-mono font-semibold ${status.startsWith("2") ? "text-green-800" : "text-red-800"}`}
              >
                {status}
              </span>
              {String(answer.description)}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}

function bodyOf(op: Operation): { schema?: Json; example?: unknown } | null {
  const content = (op.requestBody?.content ?? {}) as Record<string, { schema?: Json; example?: unknown }>;
  return content["application/json"] ?? null;
}

function paramEntry(param: Json): [string, Json] {
  if (param.$ref === "#/components/parameters/IdempotencyKey")
    return [
      "Idempotency-Key (header)",
      { type: "string", description: "Makes a retried POST safe: 1–255 visible ASCII characters" },
    ];
  return [
    `${String(param.name)} (${String(param.in)})`,
    { ...(param.schema as Json), description: param.description },
  ];
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
