import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { Paragraphs } from "./inline-text";
import { bodyOf, type Document, OperationView } from "./operation-view";
import { SchemaView } from "./schema-view";

export const metadata = { title: "API reference" };

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

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
