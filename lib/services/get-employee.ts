import { and, desc, eq } from "drizzle-orm";
import { cardRecords, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/common";
import type { ServiceContext } from "./context";
import { publicCard } from "./employee-card";

/** One employee with every card they have held, newest first (the first is current). */
export async function getEmployee(ctx: ServiceContext, employeeId: string) {
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const [employee] = await tx
      .select()
      .from(employees)
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, employeeId)));
    if (!employee) throw notFound("employee");
    const cards = await tx
      .select()
      .from(cardRecords)
      .where(and(eq(cardRecords.companyId, ctx.companyId), eq(cardRecords.employeeId, employeeId)))
      .orderBy(desc(cardRecords.createdAt));
    return { employee, cards: cards.map(publicCard), currentCard: cards[0] ? publicCard(cards[0]) : null };
  });
}
