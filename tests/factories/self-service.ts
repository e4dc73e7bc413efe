import crypto from "node:crypto";
import { withTenant } from "@/db/tenant";
import { addDays } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import type { ServiceContext } from "@/lib/services/context";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { type EmployeeAccess, openEmployeeLink } from "@/lib/services/self-service/employee-access";
import { type EmployeeLinkScope, issueEmployeeLink } from "@/lib/services/self-service/employee-link";
import { makeEmployee } from "./company";

export const EMPLOYEE_IP = "203.0.113.7";

/**
 * An employee whose contract ended three days ago (real today in Japan): the pipeline writes their
 * 19-16 contract-organisation duty (owner: employee, due in about 11 days) and its reminder ladder.
 */
export async function employeeWithContractEnd(ctx: ServiceContext, overrides: Record<string, unknown> = {}) {
  const email = `emp-${crypto.randomUUID()}@example.test`;
  const { id } = await makeEmployee(
    ctx,
    { email, preferredLanguage: "vi", ...overrides },
    { periodOfStayExpiresOn: "2030-09-30" },
  );
  const endedOn = addDays(todayInJapan(), -3);
  await recordEvent(ctx, id, { type: "employment_ended", date: endedOn });
  return { employeeId: id, email, endedOn };
}

/** A raw token (as the email carries it) for one employee. */
export async function linkFor(
  companyId: string,
  employeeId: string,
  opts: { scope?: EmployeeLinkScope; days?: number; now?: Date } = {},
) {
  const { url, tokenId } = await withTenant({ companyId }, (tx) =>
    issueEmployeeLink(tx, { companyId, employeeId, ...opts }),
  );
  return { token: url.split("/e/")[1] ?? "", tokenId, url };
}

/** Opens a link as the employee's phone would, and insists it is open. */
export async function accessFor(token: string, ip = EMPLOYEE_IP): Promise<EmployeeAccess> {
  const result = await openEmployeeLink(token, "submit", ip);
  if (!result.isOpen) throw new Error(`link is ${result.state}`);
  return result.access;
}

/** Files as phones send them: real signatures, arbitrary names. */
export const FILES = {
  pdf: () =>
    new File(
      [Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")],
      "receipt.pdf",
      { type: "application/pdf" },
    ),
  png: () =>
    new File(
      [
        Buffer.from(
          "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3e1d60000000049454e44ae426082",
          "hex",
        ),
      ],
      "front.png",
      { type: "image/png" },
    ),
  jpeg: () =>
    new File(
      [
        Buffer.concat([
          Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"),
          Buffer.alloc(64),
          Buffer.from("ffd9", "hex"),
        ]),
      ],
      "back.jpg",
      { type: "image/jpeg" },
    ),
  /** A Windows program renamed receipt.pdf, claiming to be a PDF. */
  exeAsPdf: () =>
    new File(
      [Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(256)])],
      "receipt.pdf",
      { type: "application/pdf" },
    ),
  /** A real PDF header followed by padding past 10 MB. */
  oversize: () =>
    new File([Buffer.from("%PDF-1.4\n"), Buffer.alloc(10 * 1024 * 1024)], "big.pdf", {
      type: "application/pdf",
    }),
  empty: () => new File([], "empty.pdf", { type: "application/pdf" }),
};
