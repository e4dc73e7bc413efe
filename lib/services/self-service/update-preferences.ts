import { and, eq } from "drizzle-orm";
import { employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { selfServiceIssues, ZEmployeePreferencesRequest } from "@/lib/validation/self-service";
import { writeAudit } from "../audit";
import { canUse, type EmployeeAccess } from "./employee-access";

/**
 * The employee changes the language Zairyu writes to them in and the address it writes to. The audit
 * entry names the changed fields (not their values: an address is personal data).
 */
export async function updateEmployeePreferences(
  access: EmployeeAccess,
  input: Record<string, unknown>,
): Promise<{ changed: string[] }> {
  if (!canUse(access, "preferences")) throw forbidden("this link cannot change settings");
  const { ctx } = access;
  const parsed = ZEmployeePreferencesRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "some fields are invalid", selfServiceIssues(parsed.error));
  return withTenant(ctx, async (tx) => {
    const where = and(eq(employees.companyId, ctx.companyId), eq(employees.id, ctx.actor.id));
    const [before] = await tx
      .select({ preferredLanguage: employees.preferredLanguage, email: employees.email })
      .from(employees)
      .where(where)
      .for("update");
    if (!before) throw notFound("employee");
    const changed = (["preferredLanguage", "email"] as const).filter((k) => before[k] !== parsed.data[k]);
    if (changed.length === 0) return { changed };
    await tx
      .update(employees)
      .set({ ...parsed.data, updatedAt: new Date() })
      .where(where);
    await writeAudit(tx, ctx, {
      action: "employee.preferences_updated",
      entityType: "employee",
      entityId: ctx.actor.id,
      data: {
        fields: changed,
        ...(changed.includes("preferredLanguage")
          ? { language: { from: before.preferredLanguage, to: parsed.data.preferredLanguage } }
          : {}),
      },
    });
    return { changed };
  });
}
