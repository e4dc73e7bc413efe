/**
 * `npm run keys:rotate [-- --dry-run] [--batch N] [--company UUID]`: re-encrypts every encrypted field under
 * CARD_ENCRYPTION_KEY. How to rotate (SECURITY.md, "Keys"):
 *   1. generate a key (openssl rand -base64 32); set it as CARD_ENCRYPTION_KEY and move the old one to
 *      CARD_ENCRYPTION_KEYS_OLD; restart web and worker (new writes use the new key, old values still open);
 *   2. run this; it prints counts per field and exits 1 if any value could not be opened;
 *   3. when it reports 0 unreadable and a second run rotates 0, drop the old key from CARD_ENCRYPTION_KEYS_OLD.
 */
import { closeSystemConnection, systemConnection } from "@/db/system";
import { currentKey } from "@/lib/crypto/field-encryption";
import { unsafeRotateEncryptedFields } from "@/lib/security/key-rotation";

const args = process.argv.slice(2);
const isDryRun = args.includes("--dry-run");
const batchArg = args.indexOf("--batch");
const batchSize = batchArg >= 0 ? Number(args[batchArg + 1]) : 500;
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch must be a positive whole number");
const companyArg = args.indexOf("--company");
const companyId = companyArg >= 0 ? args[companyArg + 1] : undefined;
if (
  companyArg >= 0 &&
  !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(companyId ?? "")
)
  throw new Error("--company must be a company id (uuid)");

try {
  console.log(
    `re-encrypting under key ${currentKey().id}${companyId ? ` for company ${companyId}` : ""}${isDryRun ? " (dry run: nothing is written)" : ""}`,
  );
  const result = await unsafeRotateEncryptedFields(systemConnection().sql, {
    batchSize,
    isDryRun,
    companyId,
    log: (line) => console.log(line),
  });
  let unreadable = 0;
  for (const [field, c] of Object.entries(result)) {
    unreadable += c.unreadable.length;
    console.log(
      `${field}: ${c.scanned} values, ${c.current} already current, ${c.rotated} re-encrypted, ${c.unreadable.length} unreadable`,
    );
    if (c.unreadable.length)
      console.log(`  unreadable row ids (no configured key opens them): ${c.unreadable.join(", ")}`);
  }
  process.exitCode = unreadable === 0 ? 0 : 1;
} finally {
  await closeSystemConnection();
}
