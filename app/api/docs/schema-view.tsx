type Json = Record<string, unknown>;

/** A JSON Schema as a table of fields: name, type, required, constraints. Nested objects are indented. */
export function SchemaView({
  schema,
  components,
  depth = 0,
}: {
  schema: Json;
  components: Record<string, Json>;
  depth?: number;
}) {
  const resolved = resolve(schema, components);
  const properties = (resolved.properties ?? {}) as Record<string, Json>;
  const required = new Set((resolved.required ?? []) as string[]);
  if (Object.keys(properties).length === 0)
    return <p className="font-mono text-sm">{typeLabel(resolved, components)}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead className={depth > 0 ? "sr-only" : "bg-gray-50 text-left"}>
        <tr>
          <th scope="col" className="px-2 py-1 font-semibold">
            Field
          </th>
          <th scope="col" className="px-2 py-1 font-semibold">
            Type
          </th>
          <th scope="col" className="px-2 py-1 font-semibold">
            Notes
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(properties).map(([name, raw]) => {
          const field = resolve(raw, components);
          const nested = nestedObject(field, components);
          return (
            <tr key={name} className="border-t border-gray-100 align-top">
              <td className="whitespace-nowrap px-2 py-1 font-mono">
                <span className={depth > 0 ? "pl-3" : ""}>{name}</span>
                {required.has(name) ? (
                  <span className="ml-1 text-xs font-sans font-semibold text-red-800">required</span>
                ) : null}
              </td>
              <td className="px-2 py-1 font-mono text-xs">{typeLabel(field, components)}</td>
              <td className="px-2 py-1 text-xs text-gray-700">
                {notes(field)}
                {nested && depth < 2 ? (
                  <div className="mt-1 border-l-2 border-gray-200">
                    <SchemaView schema={nested} components={components} depth={depth + 1} />
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function resolve(schema: Json, components: Record<string, Json>): Json {
  const ref = schema.$ref;
  if (typeof ref === "string") return components[ref.split("/").at(-1) ?? ""] ?? {};
  return schema;
}

function nestedObject(schema: Json, components: Record<string, Json>): Json | null {
  for (const option of [
    schema,
    ...((schema.anyOf as Json[] | undefined) ?? []),
    (schema.items as Json | undefined) ?? {},
  ]) {
    const resolved = resolve(option, components);
    if (resolved.type === "object" && resolved.properties) return resolved;
  }
  return null;
}

export function typeLabel(schema: Json, components: Record<string, Json>): string {
  if (typeof schema.$ref === "string") return schema.$ref.split("/").at(-1) ?? "object";
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Json[]).map((s) => typeLabel(s, components)).join(" | ");
  if (Array.isArray(schema.oneOf))
    return (schema.oneOf as Json[]).map((s) => typeLabel(s, components)).join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "array") return `${typeLabel((schema.items as Json) ?? {}, components)}[]`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
  return `${String(schema.type ?? "any")}${format}`;
}

function notes(schema: Json): string {
  const out: string[] = [];
  if (typeof schema.description === "string") out.push(schema.description);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  if (typeof schema.maxLength === "number") out.push(`max ${schema.maxLength} characters`);
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number" && schema.maximum < 1e9)
    out.push(`${schema.minimum}–${schema.maximum}`);
  return out.join("; ");
}
