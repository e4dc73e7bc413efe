import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fillCopy, pageCopy } from "@/lib/i18n/employee/page";
import { closeRedis } from "@/lib/redis";
import { archiveEmployee } from "@/lib/services/archive-employee";
import { openEmployeeLink } from "@/lib/services/self-service/employee-access";
import {
  listEmployeeLinks,
  revokeEmployeeLinks,
  sendEmployeeLink,
} from "@/lib/services/self-service/manage-links";
import { SELF_SERVICE_LIMITS, takeLinkLimit } from "@/lib/services/self-service/rate-limit";
import { makeCompany, makeEmployee } from "../factories/company";
import { employeeWithContractEnd, linkFor } from "../factories/self-service";
import { ownerSql } from "../helpers/db";
import { recipients, waitForMail } from "../helpers/mailbox";

const owner = ownerSql();
let a: Awaited<ReturnType<typeof makeCompany>>;
let b: Awaited<ReturnType<typeof makeCompany>>;
let employeeOfA: { employeeId: string; email: string };

beforeAll(async () => {
  a = await makeCompany("リンク株式会社");
  b = await makeCompany("他社B株式会社");
  employeeOfA = await employeeWithContractEnd(a);
});
afterAll(async () => {
  await owner.end();
  await closeRedis();
});

const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
const state = async (token: string) => {
  const result = await openEmployeeLink(token, "lookup", "198.51.100.1");
  return result.isOpen ? "open" : result.state;
};

describe("personal links: what each kind of link opens", () => {
  it("a fresh link opens, as the employee, in their language", async () => {
    const { token } = await linkFor(a.companyId, employeeOfA.employeeId);
    const result = await openEmployeeLink(token, "lookup", "198.51.100.1");
    expect(result.isOpen).toBe(true);
    if (!result.isOpen) return;
    expect(result.access.ctx).toMatchObject({
      companyId: a.companyId,
      actor: { type: "employee", id: employeeOfA.employeeId },
      ip: "198.51.100.1",
    });
    expect(result.access.language).toBe("vi");
  });

  it("an expired link is 'expired' and still knows the language to say so in", async () => {
    const { token } = await linkFor(a.companyId, employeeOfA.employeeId, {
      days: 30,
      now: new Date(Date.now() - 31 * 86_400_000),
    });
    expect(await openEmployeeLink(token, "lookup", null)).toMatchObject({
      isOpen: false,
      state: "expired",
      language: "vi",
    });
  });

  it("a tampered link (one character changed, cut short, or extended) is 'unknown'", async () => {
    const { token } = await linkFor(a.companyId, employeeOfA.employeeId);
    const flipped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const bad of [flipped, token.slice(0, -1), `${token}x`, "../../etc/passwd", ""])
      expect(await state(bad)).toBe("unknown");
    expect(await state(token)).toBe("open");
  });

  it("a revoked link stops working at once and cannot be reused", async () => {
    const { token, tokenId } = await linkFor(a.companyId, employeeOfA.employeeId);
    expect(await state(token)).toBe("open");
    await revokeEmployeeLinks(a, employeeOfA.employeeId, tokenId);
    expect(await state(token)).toBe("revoked");
    expect(await state(token)).toBe("revoked");
    const links = await listEmployeeLinks(a, employeeOfA.employeeId);
    expect(links.find((l) => l.id === tokenId)?.state).toBe("revoked");
    const [audit] =
      await owner`select actor_type, action, data from audit_log where company_id = ${a.companyId} and action = 'employee_link.revoked' order by id desc limit 1`;
    expect(audit?.data.tokenIds).toEqual([tokenId]);
  });

  it("'revoke all' closes every active link of the employee", async () => {
    const first = await linkFor(a.companyId, employeeOfA.employeeId);
    const second = await linkFor(a.companyId, employeeOfA.employeeId, { scope: "card_update" });
    const { revoked } = await revokeEmployeeLinks(a, employeeOfA.employeeId);
    expect(revoked).toBeGreaterThanOrEqual(2);
    expect([await state(first.token), await state(second.token)]).toEqual(["revoked", "revoked"]);
  });

  it("an archived employee's link no longer opens", async () => {
    const { id } = await makeEmployee(a);
    const { token } = await linkFor(a.companyId, id);
    await archiveEmployee(a, id);
    expect(await state(token)).toBe("revoked");
  });

  it("HR emails a fresh link in the employee's language; the URL is never returned to HR", async () => {
    const result = await sendEmployeeLink(a, employeeOfA.employeeId, { scope: "duties" });
    expect(Object.keys(result)).toEqual(["tokenId"]);
    const subject = fillCopy(pageCopy("vi").email.linkSubject, { company: "リンク株式会社" });
    const mail = await waitForMail((m) => recipients(m).includes(employeeOfA.email) && m.subject === subject);
    expect(mail.html).toContain('lang="vi"');
    const token = /\/e\/([A-Za-z0-9_-]{40,})/.exec(mail.text ?? "")?.[1] ?? "";
    expect(await state(token)).toBe("open");
  });
});

describe("company B against company A's links", () => {
  it("cannot list, revoke or send A's employee's links", async () => {
    const { token, tokenId } = await linkFor(a.companyId, employeeOfA.employeeId);
    expect(await listEmployeeLinks(b, employeeOfA.employeeId)).toEqual([]);
    await expect(revokeEmployeeLinks(b, employeeOfA.employeeId, tokenId)).rejects.toSatisfy(isNotFound);
    const { revoked } = await revokeEmployeeLinks(b, employeeOfA.employeeId);
    expect(revoked).toBe(0);
    await expect(sendEmployeeLink(b, employeeOfA.employeeId, { scope: "duties" })).rejects.toSatisfy(
      isNotFound,
    );
    expect(await state(token)).toBe("open");
    const [row] = await owner`select revoked_at from employee_tokens where id = ${tokenId}`;
    expect(row?.revoked_at).toBeNull();
  });
});

describe("rate limits on personal links", () => {
  it("refuses lookups past the per-token limit with a retry time, whatever the IP", async () => {
    const { token } = await linkFor(a.companyId, employeeOfA.employeeId);
    const max = SELF_SERVICE_LIMITS.lookupPerToken.max;
    for (let i = 0; i < max; i++)
      expect((await takeLinkLimit("lookup", token, `192.0.2.${i % 200}`)).isAllowed).toBe(true);
    const refused = await openEmployeeLink(token, "lookup", "192.0.2.250");
    expect(refused).toMatchObject({ isOpen: false, state: "rate_limited" });
    expect(refused.isOpen ? 0 : (refused.retryAfterSeconds ?? 0)).toBeGreaterThan(0);
  });

  it("refuses submissions from one IP past its limit, even across tokens", async () => {
    const ip = "192.0.2.77";
    const max = SELF_SERVICE_LIMITS.submitPerIp.max;
    const tokens = await Promise.all(
      Array.from({ length: 4 }, () => linkFor(a.companyId, employeeOfA.employeeId)),
    );
    let allowed = 0;
    for (let i = 0; i < max + 5; i++)
      if ((await takeLinkLimit("submit", tokens[i % 4]?.token ?? "", ip)).isAllowed) allowed++;
    expect(allowed).toBe(max);
  });
});
