import { Paragraphs } from "./inline-text";
import { SchemaView } from "./schema-view";

export type Json = Record<string, unknown>;
export type Operation = Json & {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
};
export type Document = Json & {
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

/** One operation of the reference: method, path, what it does, parameters, body (with its example), answers. */
export function OperationView({
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

export function bodyOf(op: Operation): { schema?: Json; example?: unknown } | null {
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
