import { and, desc, eq, isNull } from "drizzle-orm";
import { cardChecks, cardRecords, employees, uploads, users } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { isStatusCode, statusInfo } from "@/lib/compliance";
import { AppError, notFound } from "@/lib/errors";
import type { InspectedFile } from "@/lib/storage/file-policy";
import { putFile, removeFile } from "@/lib/storage/file-store";
import { CARD_CHECK_BOOLEANS, cardCheckIssues, ZCardCheckInput } from "@/lib/validation/card-check";
import { isUuid } from "@/lib/validation/common";
import { dataIssue, toDataFieldIssues } from "@/lib/validation/data-messages";
import { writeAudit } from "../audit";
import { assertCanWrite, type ServiceContext } from "../context";

export { CARD_CHECK_BOOLEANS };

/** Statuses whose work is tied to a 指定書, plus 特定活動 (read the designation for the activity itself). */
export function needsDesignation(statusCode: string): boolean {
  return (
    isStatusCode(statusCode) && (statusInfo(statusCode).designation || statusInfo(statusCode).work === "D")
  );
}

/**
 * The employee's card-check log and when the next check is due: a check belongs to one card record, so
 * a renewal or change (a new card) makes the next check due at once (RULES R8 item 7).
 */
export async function listCardChecks(ctx: ServiceContext, employeeId: string) {
  if (!isUuid(employeeId)) throw notFound("employee");
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({
        id: employees.id,
        nameOnCard: employees.nameOnCard,
        archivedAt: employees.archivedAt,
        cardId: cardRecords.id,
        statusCode: cardRecords.statusCode,
        expiresOn: cardRecords.periodOfStayExpiresOn,
        cardRecordedAt: cardRecords.createdAt,
      })
      .from(employees)
      .leftJoin(
        cardRecords,
        and(
          eq(cardRecords.companyId, employees.companyId),
          eq(cardRecords.employeeId, employees.id),
          isNull(cardRecords.supersededAt),
        ),
      )
      .where(and(eq(employees.companyId, ctx.companyId), eq(employees.id, employeeId)));
    if (!row) throw notFound("employee");
    const checks = await tx
      .select({
        id: cardChecks.id,
        cardRecordId: cardChecks.cardRecordId,
        checkedOn: cardChecks.checkedOn,
        checkerName: users.name,
        checkerEmail: users.email,
        originalSeen: cardChecks.originalSeen,
        lapseCheckDone: cardChecks.lapseCheckDone,
        icChipRead: cardChecks.icChipRead,
        designationRead: cardChecks.designationRead,
        result: cardChecks.result,
        note: cardChecks.note,
        uploadId: cardChecks.uploadId,
      })
      .from(cardChecks)
      .leftJoin(users, eq(users.id, cardChecks.checkedBy))
      .where(and(eq(cardChecks.companyId, ctx.companyId), eq(cardChecks.employeeId, employeeId)))
      .orderBy(desc(cardChecks.checkedOn), desc(cardChecks.createdAt));
    const okOnCurrent = checks.find((c) => c.cardRecordId === row.cardId && c.result === "ok");
    const nextCheck = !row.cardId
      ? ({ state: "no_card" } as const)
      : okOnCurrent
        ? ({ state: "at_next_card", expiresOn: row.expiresOn, lastOkOn: okOnCurrent.checkedOn } as const)
        : ({ state: "due_now", since: row.cardRecordedAt?.toISOString().slice(0, 10) ?? null } as const);
    return {
      employee: { id: row.id, nameOnCard: row.nameOnCard, archived: row.archivedAt !== null },
      currentCard: row.cardId
        ? {
            id: row.cardId,
            statusCode: row.statusCode ?? "",
            expiresOn: row.expiresOn,
            needsDesignation: needsDesignation(row.statusCode ?? ""),
          }
        : null,
      checks: checks.map((c) => ({ ...c, onCurrentCard: c.cardRecordId === row.cardId })),
      nextCheck,
    };
  });
}

/**
 * Records one check against the employee's current card (chosen here, never by the client), with an
 * optional screenshot (the lapse-check result or the IC reader's screen). The file is written before the
 * transaction and removed if it fails, so a refused check leaves neither a row nor a file behind.
 */
export async function recordCardCheck(
  ctx: ServiceContext,
  employeeId: string,
  input: unknown,
  today: string,
  screenshot: InspectedFile | null = null,
): Promise<{ id: string }> {
  assertCanWrite(ctx);
  if (!isUuid(employeeId)) throw notFound("employee");
  const parsed = ZCardCheckInput.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "some fields are invalid",
      toDataFieldIssues(parsed.error, ctx.locale),
    );
  const stored = screenshot ? await putFile(ctx.companyId, screenshot.bytes) : null;
  try {
    return await withTenant(ctx, async (tx) => {
      const [card] = await tx
        .select({ id: cardRecords.id, statusCode: cardRecords.statusCode })
        .from(employees)
        .innerJoin(
          cardRecords,
          and(
            eq(cardRecords.companyId, employees.companyId),
            eq(cardRecords.employeeId, employees.id),
            isNull(cardRecords.supersededAt),
          ),
        )
        .where(
          and(
            eq(employees.companyId, ctx.companyId),
            eq(employees.id, employeeId),
            isNull(employees.archivedAt),
          ),
        );
      if (!card) throw notFound("employee");
      const issues = cardCheckIssues(parsed.data, today, needsDesignation(card.statusCode));
      if (issues.length)
        throw new AppError(
          "invalid_input",
          "some fields are invalid",
          issues.map((i) => dataIssue(i.field, i.rule, ctx.locale)),
        );
      let uploadId: string | null = null;
      if (stored && screenshot) {
        const [upload] = await tx
          .insert(uploads)
          .values({
            companyId: ctx.companyId,
            employeeId,
            kind: "card_check",
            mimeType: screenshot.mimeType,
            size: screenshot.size,
            sha256: stored.sha256,
            storageKey: stored.storageKey,
          })
          .returning({ id: uploads.id });
        uploadId = upload?.id ?? null;
      }
      const [row] = await tx
        .insert(cardChecks)
        .values({
          ...parsed.data,
          note: parsed.data.note || null,
          companyId: ctx.companyId,
          employeeId,
          cardRecordId: card.id,
          checkedBy: ctx.actor.type === "user" ? ctx.actor.id : null,
          uploadId,
        })
        .returning({ id: cardChecks.id });
      if (!row) throw new Error("insert returned no row");
      await writeAudit(tx, ctx, {
        action: "card_check.recorded",
        entityType: "card_check",
        entityId: row.id,
        data: { employeeId, cardRecordId: card.id, result: parsed.data.result, uploadId },
      });
      return row;
    });
  } catch (error) {
    if (stored) await removeFile(stored.storageKey).catch(() => undefined);
    throw error;
  }
}
