import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [path.relative(root, full)];
  });
}

/** "app/(app)/employees/[id]/events/page.tsx" → "/employees/[id]/events" (route groups dropped). */
export function routeOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page and every route handler in app/, from the file system: a new one is probed without anyone listing it. */
export function discoverRoutes(): { pages: string[]; handlers: string[] } {
  const files = walk(path.join(root, "app"));
  return {
    pages: files
      .filter((f) => /\/page\.tsx?$/.test(f))
      .map(routeOf)
      .sort(),
    handlers: files
      .filter((f) => /\/route\.tsx?$/.test(f))
      .map(routeOf)
      .sort(),
  };
}

/** Every export of every 'use server' file: "app/(app)/settings/actions.ts#updateCompanyAction". */
export function discoverServerActions(): string[] {
  const found: string[] = [];
  for (const file of walk(path.join(root, "app")).concat(walk(path.join(root, "lib")))) {
    if (!/\.tsx?$/.test(file)) continue;
    const code = fs.readFileSync(path.join(root, file), "utf8");
    if (!/^\s*["']use server["'];?/m.test(code.split("\n").slice(0, 3).join("\n"))) continue;
    for (const match of code.matchAll(/^export (?:async function|const|function) (\w+)/gm))
      found.push(`${file}#${match[1]}`);
  }
  return found.sort();
}

export type ManifestAction = { id: string; key: string; worker: string };

/** The build's own map of server actions (id → file and export): what a client can actually call. */
export function builtServerActions(): ManifestAction[] {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    worker:
      Object.keys(entry.workers).find((w) => w.startsWith("app/") && w.endsWith("/page")) ??
      Object.keys(entry.workers)[0] ??
      "",
  }));
}
