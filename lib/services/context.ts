import type { Role } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";

export type Actor =
  | { type: "user"; id: string; role: Role }
  | { type: "api_key"; id: string; scopes: readonly ("read" | "write")[] }
  | { type: "employee"; id: string }
  | { type: "system"; id: "system" };

/** Everything a use case needs to know about who is asking: resolved by the route wrapper, never by the use case. */
export type ServiceContext = { companyId: string; actor: Actor; ip?: string | null; locale: HrLocale };

const WRITE_ROLES: ReadonlySet<Role> = new Set(["owner", "admin", "hr"]);

/** Viewers read; owners, admins and HR change data; API keys need the write scope. */
export function assertCanWrite(ctx: ServiceContext): void {
  const { actor } = ctx;
  if (actor.type === "user" && !WRITE_ROLES.has(actor.role))
    throw new AppError("forbidden", "viewers cannot change data");
  if (actor.type === "api_key" && !actor.scopes.includes("write"))
    throw new AppError("forbidden", "this API key is read-only");
}

export function assertRole(ctx: ServiceContext, roles: readonly Role[]): void {
  if (ctx.actor.type !== "user" || !roles.includes(ctx.actor.role))
    throw new AppError("forbidden", `only ${roles.join("/")} may do this`);
}
