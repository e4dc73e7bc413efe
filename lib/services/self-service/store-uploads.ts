import type { Tx } from "@/db/client";
import { uploads } from "@/db/schema";
import type { InspectedFile } from "@/lib/storage/file-policy";
import { putFile, removeFile } from "@/lib/storage/file-store";

export type UploadKind = "filing_proof" | "card_front" | "card_back";
export type PendingUpload = { kind: UploadKind; file: InspectedFile };
export type StoredUpload = PendingUpload & { storageKey: string; sha256: string };

/**
 * Files are written before the transaction that records them, and removed again if it fails, so a
 * failed submission leaves neither a row nor a file behind. (A crash between the two can leave an
 * unreferenced file, never a row pointing at nothing.)
 */
export async function withStoredFiles<T>(
  companyId: string,
  pending: readonly PendingUpload[],
  work: (stored: StoredUpload[]) => Promise<T>,
): Promise<T> {
  const stored: StoredUpload[] = [];
  try {
    for (const p of pending) stored.push({ ...p, ...(await putFile(companyId, p.file.bytes)) });
    return await work(stored);
  } catch (error) {
    await Promise.all(stored.map((s) => removeFile(s.storageKey).catch(() => undefined)));
    throw error;
  }
}

/** The uploads row of a stored file, inside the caller's tenant transaction. */
export async function insertUpload(
  tx: Tx,
  companyId: string,
  employeeId: string,
  upload: StoredUpload,
): Promise<string> {
  const [row] = await tx
    .insert(uploads)
    .values({
      companyId,
      employeeId,
      kind: upload.kind,
      mimeType: upload.file.mimeType,
      size: upload.file.size,
      sha256: upload.sha256,
      storageKey: upload.storageKey,
    })
    .returning({ id: uploads.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}
