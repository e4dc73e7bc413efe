/**
 * `npm run audit:verify [-- --anchors FILE] [--write-anchors FILE] [--company UUID]`: checks every company's audit hash
 * chain and prints the first break of each broken chain (ids and hashes, never personal data).
 * Exit 0 when every chain holds, 1 on a break. With --anchors, chain heads saved by an earlier run
 * (--write-anchors) must still be there, which catches rows removed from the end. Keep the anchors file
 * somewhere the database's owner cannot write (a separate host, a ticket, a signed log).
 */
import fs from "node:fs";
import { closeSystemConnection, systemConnection } from "@/db/system";
import { type Anchor, unsafeVerifyAuditChains } from "@/lib/security/audit-chain";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const anchorsFile = option("--anchors");
const writeFile = option("--write-anchors");
const companyId = option("--company");
if (
  companyId !== undefined &&
  !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(companyId)
)
  throw new Error("--company must be a company id (uuid)");
const anchors: Record<string, Anchor> = anchorsFile ? JSON.parse(fs.readFileSync(anchorsFile, "utf8")) : {};

try {
  const report = await unsafeVerifyAuditChains(systemConnection().sql, anchors, companyId);
  for (const b of report.breaks)
    console.log(`BREAK company=${b.companyId} row=${b.rowId ?? "-"} ${b.kind}: ${b.detail}`);
  console.log(
    `audit chains: ${report.companies} companies, ${report.rows} rows, ${report.breaks.length} breaks${anchorsFile ? `, ${Object.keys(anchors).length} anchors checked` : ""}`,
  );
  if (writeFile && report.breaks.length === 0) {
    fs.writeFileSync(writeFile, `${JSON.stringify(report.heads, null, 2)}\n`);
    console.log(`anchors written to ${writeFile}`);
  }
  process.exitCode = report.breaks.length === 0 ? 0 : 1;
} finally {
  await closeSystemConnection();
}
