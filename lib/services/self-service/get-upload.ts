import { and, eq } from "drizzle-orm";
import { uploads } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { forbidden, notFound } from "@/lib/errors";
import { readStoredFile } from "@/lib/storage/file-store";
import { isUuid } from "@/lib/validation/common";
import { writeAudit } from "../audit";
import type { ServiceContext } from "../context";

export type UploadContent = { bytes: Buffer; mimeType: string; size: number; kind: string };

/**
 * An uploaded file for the company's HR (signed-in members only: not API keys, not employees). The
 * row is found through withTenant, so another company's id is "not found". Who opened which file is
 * audit-logged: these are card photos and proofs of filing.
 */
export async function getUploadForHr(ctx: ServiceContext, uploadId: string): Promise<UploadContent> {
  if (ctx.actor.type !== "user") throw forbidden("files are served to signed-in HR members only");
  if (!isUuid(uploadId)) throw notFound("file");
  const row = await withTenant(ctx, async (tx) => {
    const [found] = await tx
      .select()
      .from(uploads)
      .where(and(eq(uploads.companyId, ctx.companyId), eq(uploads.id, uploadId)));
    if (!found) throw notFound("file");
    await writeAudit(tx, ctx, {
      action: "upload.viewed",
      entityType: "upload",
      entityId: found.id,
      data: { kind: found.kind, employeeId: found.employeeId },
    });
    return found;
  });
  const bytes = await readStoredFile(row.storageKey).catch(() => {
    throw notFound("file");
  });
  return { bytes, mimeType: row.mimeType, size: row.size, kind: row.kind };
}
