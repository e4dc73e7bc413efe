import { and, eq } from "drizzle-orm";
import { duties } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { type TApiDuty, toApiDuty } from "@/lib/api/schemas/duty";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "../context";

export async function getDuty(ctx: ServiceContext, dutyId: string): Promise<TApiDuty> {
  if (!isUuid(dutyId)) throw notFound("duty");
  const [duty] = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(duties)
      .where(and(eq(duties.companyId, ctx.companyId), eq(duties.id, dutyId))),
  );
  if (!duty) throw notFound("duty");
  return toApiDuty(duty);
}
