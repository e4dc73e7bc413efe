import { z } from "zod";
import { zIsoDate } from "./common";

export const DUTY_STATES = ["overdue", "due_soon", "open", "none"] as const;
export const RISK_FILTERS = ["cannot_work", "special_period", "renewal_window", "unverified"] as const;
export const TABLE_SORTS = ["name", "kana", "expiry", "due", "created"] as const;

/** Blank query-string values mean "no filter", so a submitted empty <select> is not an error. */
const blank = (v: unknown) => (v === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/**
 * The employee table's query string (filters, sort, page). Invalid values are refused by field rather
 * than silently widened: the page shows which filter was ignored.
 */
export const ZEmployeeTableQuery = z.object({
  q: optional(z.string().trim().max(100, { message: "max_length:100" })),
  status: optional(z.string().regex(/^[a-z0-9_]{1,40}$/, { message: "unknown_status" })),
  expiryFrom: optional(zIsoDate),
  expiryTo: optional(zIsoDate),
  duty: optional(z.enum(DUTY_STATES, { message: "invalid_choice" })),
  risk: optional(z.enum(RISK_FILTERS, { message: "invalid_choice" })),
  department: optional(z.string().trim().max(100, { message: "max_length:100" })),
  workplace: optional(z.uuid({ message: "uuid" })),
  archived: z.preprocess(
    blank,
    z.enum(["exclude", "only"], { message: "invalid_choice" }).default("exclude"),
  ),
  sort: z.preprocess(blank, z.enum(TABLE_SORTS, { message: "invalid_choice" }).default("name")),
  dir: z.preprocess(blank, z.enum(["asc", "desc"], { message: "invalid_choice" }).default("asc")),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int().min(10).max(200).default(50)),
});
export type TEmployeeTableQuery = z.infer<typeof ZEmployeeTableQuery>;

/**
 * Parses a query string leniently: each invalid key is dropped (and reported) instead of failing the
 * whole page, so a stale bookmark still opens the list.
 */
export function parseEmployeeTableQuery(raw: Record<string, string | string[] | undefined>): {
  query: TEmployeeTableQuery;
  invalid: string[];
} {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw)) flat[k] = Array.isArray(v) ? v[0] : v;
  const invalid: string[] = [];
  for (;;) {
    const parsed = ZEmployeeTableQuery.safeParse(flat);
    if (parsed.success) return { query: parsed.data, invalid };
    const keys = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))].filter(
      (k) => k in flat,
    );
    if (keys.length === 0) return { query: ZEmployeeTableQuery.parse({}), invalid };
    for (const key of keys) {
      invalid.push(key);
      delete flat[key];
    }
  }
}

export type TableHrefParams = Partial<
  Record<Exclude<keyof TEmployeeTableQuery, "q"> | "search", string | number | undefined>
>;

/**
 * The query back to a URL, leaving defaults out so links stay short. The name search never goes into a
 * URL (it is personal data): `search: "1"` says "apply the search kept in the cookie".
 */
export function employeeTableHref(query: TableHrefParams & { q?: unknown }, path = "/employees"): string {
  const defaults: Record<string, string> = {
    archived: "exclude",
    sort: "name",
    dir: "asc",
    page: "1",
    pageSize: "50",
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "q" || value === undefined || value === null || value === "") continue;
    if (defaults[key] === String(value)) continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
