import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

/**
 * Files on local disk under UPLOAD_DIR (outside the web root; nothing serves that directory). A file's
 * key is `<companyId>/<random uuid>`: it names no person and cannot be guessed or walked out of the
 * directory. Swapping this module for object storage keeps the same three calls.
 */
const KEY =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function root(): string {
  return path.resolve(getEnv().UPLOAD_DIR);
}

function fileOf(key: string): string {
  if (!KEY.test(key)) throw new Error("invalid storage key");
  return path.join(root(), key);
}

/** Writes atomically (temporary name, then rename) so a reader never sees half a file. */
export async function putFile(
  companyId: string,
  bytes: Buffer,
): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = `${companyId}/${crypto.randomUUID()}`;
  const target = fileOf(storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes, { mode: 0o600, flag: "wx" });
  await fs.rename(temp, target);
  return { storageKey, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fs.readFile(fileOf(storageKey));
}

/** Used to undo a write whose database row was not committed; a missing file is not an error. */
export async function removeFile(storageKey: string): Promise<void> {
  await fs.rm(fileOf(storageKey), { force: true });
}
