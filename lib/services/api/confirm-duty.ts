import { and, eq, inArray } from "drizzle-orm";
import { confirmations, duties, notifications } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { extraRuleText, labelledIssues } from "@/lib/api/field-issues";
import { CONFIRM_FIELD_LABELS, type TApiDuty, toApiDuty, ZConfirmDutyRequest } from "@/lib/api/schemas/duty";
import { AppError, notFound } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";
import { emitWebhookEvent } from "../webhooks/emit";

/**
 * "It was filed", from HR or an HR system: records an accepted confirmation, closes the duty, stops its
 * pending reminders and emits duty.confirmed — all in one transaction, so a failure leaves nothing half
 * done. Only open or submitted duties can be confirmed; a closed or cancelled one is a conflict.
 */
export async function confirmDuty(
  ctx: ServiceContext,
  dutyId: string,
  input: unknown,
  today = todayInJapan(),
): Promise<TApiDuty> {
  assertCanWrite(ctx);
  if (!isUuid(dutyId)) throw notFound("duty");
  const parsed = ZConfirmDutyRequest.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some fields are invalid",
      labelledIssues(parsed.error, ctx.locale, CONFIRM_FIELD_LABELS),
    );
  if (parsed.data.filedOn > today) {
    const label = CONFIRM_FIELD_LABELS.filedOn[ctx.locale];
    throw new AppError("invalid_input", "some fields are invalid", [
      {
        field: "filedOn",
        rule: "not_in_future",
        message: `${label}: ${extraRuleText("not_in_future", ctx.locale)}`,
      },
    ]);
  }
  return withTenant(ctx, async (tx) => {
    const [current] = await tx
      .select()
      .from(duties)
      .where(and(eq(duties.companyId, ctx.companyId), eq(duties.id, dutyId)))
      .for("update");
    if (!current) throw notFound("duty");
    if (current.status !== "open" && current.status !== "submitted")
      throw new AppError("conflict", `this duty is ${current.status} and cannot be confirmed`);
    const now = new Date();
    const [closed] = await tx
      .update(duties)
      .set({ status: "closed", closedAt: now, submittedAt: current.submittedAt ?? now, updatedAt: now })
      .where(and(eq(duties.companyId, ctx.companyId), eq(duties.id, dutyId)))
      .returning();
    if (!closed) throw new Error("update returned no row");
    const submittedBy = ctx.actor.type === "api_key" ? "api" : "hr";
    await tx.insert(confirmations).values({
      companyId: ctx.companyId,
      dutyId,
      employeeId: current.employeeId,
      filedOn: parsed.data.filedOn,
      channel: parsed.data.channel,
      receiptNumber: parsed.data.receiptNumber ?? null,
      status: "accepted",
      reviewedAt: now,
      reviewedBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      submittedBy,
    });
    await tx
      .update(notifications)
      .set({ status: "cancelled" })
      .where(
        and(
          eq(notifications.companyId, ctx.companyId),
          eq(notifications.dutyId, dutyId),
          inArray(notifications.status, ["pending"]),
        ),
      );
    await emitWebhookEvent(tx, ctx.companyId, {
      type: "duty.confirmed",
      key: `duty.confirmed:${dutyId}`,
      payload: {
        dutyId,
        employeeId: current.employeeId,
        code: current.code,
        dueDate: current.dueDate,
        filedOn: parsed.data.filedOn,
        closedAt: now.toISOString(),
      },
    });
    await writeAudit(tx, ctx, {
      action: "duty.confirmed",
      entityType: "duty",
      entityId: dutyId,
      data: { employeeId: current.employeeId, channel: parsed.data.channel, submittedBy },
    });
    return toApiDuty(closed);
  });
}
