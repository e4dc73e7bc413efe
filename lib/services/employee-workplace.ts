import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { workplaces } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { ruleText } from "@/lib/validation/messages";
import type { ServiceContext } from "./context";

/**
 * A foreign key does not see row-level security: another company's workplace id would pass it. The
 * workplace must be found through this company's own tenant view, or the input is refused by field.
 */
export async function assertWorkplaceInCompany(
  tx: Tx,
  ctx: ServiceContext,
  workplaceId: string | null | undefined,
): Promise<void> {
  if (!workplaceId) return;
  const [found] = await tx
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.companyId, ctx.companyId), eq(workplaces.id, workplaceId)));
  if (!found) {
    const label = ctx.locale === "ja" ? "勤務先事業所" : "Workplace";
    throw new AppError("invalid_input", "some fields are invalid", [
      {
        field: "workplaceId",
        rule: "invalid_choice",
        message: `${label}: ${ruleText("invalid_choice", ctx.locale)}`,
      },
    ]);
  }
}
