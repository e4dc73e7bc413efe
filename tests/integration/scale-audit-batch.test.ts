import { afterAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db/tenant";
import { unsafeVerifyAuditChains } from "@/lib/security/audit-chain";
import { writeAudit, writeAuditMany } from "@/lib/services/audit";
import { makeCompany } from "../factories/company";
import { ownerSql } from "../helpers/db";

/**
 * writeAuditMany (used by the CSV import, where three round trips per row made a 10,000-row commit
 * spend most of its time on the audit log) must leave exactly the chain a run of writeAudit calls would:
 * consecutive ids, each row linked to the one before, verifiable by npm run audit:verify.
 */
const owner = ownerSql();
afterAll(() => owner.end());

describe("a batch of audit entries", () => {
  it("extends the company's chain in order, verifiably, between single entries", async () => {
    const a = await makeCompany("監査一括株式会社");
    const ctx = { ...a, ip: "2001:DB8:0::1" };
    await withTenant(ctx, async (tx) => {
      await writeAudit(tx, ctx, { action: "before.batch", entityType: "company", entityId: a.companyId });
      await writeAuditMany(
        tx,
        ctx,
        Array.from({ length: 1500 }, (_, i) => ({
          action: "employee.created",
          entityType: "employee",
          entityId: `e-${i}`,
          data: { line: i + 2, when: new Date(0) },
        })),
      );
      await writeAudit(tx, ctx, { action: "after.batch", entityType: "company", entityId: a.companyId });
    });
    const rows =
      await owner`select id, action, entity_id, prev_hash, hash, host(ip) as ip from audit_log where company_id = ${a.companyId} order by id`;
    const actions = rows.map((r) => r.action);
    expect(actions.slice(-1502)).toEqual([
      "before.batch",
      ...Array.from({ length: 1500 }, () => "employee.created"),
      "after.batch",
    ]);
    expect(
      rows
        .slice(-1501)
        .map((r) => r.entity_id)
        .slice(0, 3),
    ).toEqual(["e-0", "e-1", "e-2"]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(rows.at(-1)?.ip).toBe("2001:db8::1");
    const report = await unsafeVerifyAuditChains(owner, {}, a.companyId);
    expect(report.breaks).toEqual([]);
    expect(report.rows).toBe(rows.length);
  });

  it("writes nothing for no entries", async () => {
    const a = await makeCompany("監査空株式会社");
    const before = await owner`select count(*)::int as n from audit_log where company_id = ${a.companyId}`;
    await withTenant(a, (tx) => writeAuditMany(tx, a, []));
    const after = await owner`select count(*)::int as n from audit_log where company_id = ${a.companyId}`;
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
