import crypto from "node:crypto";
import fs from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
const PASSWORD = "privacy-probe-123";
const CARD = "PQ24681357RS";
const sql = ownerSql();
let browser: Browser;
let owner: BrowserContext;
let companyId = "";
let employeeId = "";

async function signUp(company: string, ip: string): Promise<{ context: BrowserContext; email: string }> {
  const email = `privacy-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("あなたの氏名").fill("個人 情報");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
  await page.close();
  return { context, email };
}

const auditCount = async (action: string) =>
  Number(
    (
      await sql`select count(*)::int as n from audit_log where company_id = ${companyId} and action = ${action}`
    )[0]?.n,
  );

beforeAll(async () => {
  browser = await launchBrowser();
  const a = await signUp("株式会社個人データ", "203.0.113.81");
  owner = a.context;
  companyId = String(
    (
      await sql`select m.company_id from memberships m join users u on u.id = m.user_id where u.email = ${a.email}`
    )[0]?.company_id,
  );
  const page = await owner.newPage();
  await page.goto(`${base}/employees/new`);
  await page.getByLabel("氏名 (在留カードの表記)").fill("SANTOS MARIA");
  await page.getByLabel("国籍・地域").selectOption("PH");
  await page.getByLabel("生年月日").fill("1992-11-23");
  await page.getByLabel("性別").selectOption("F");
  await page.getByLabel("在留資格").selectOption("engineer_specialist");
  await page.getByLabel("在留期間の満了日").fill("2029-06-30");
  await page.getByLabel("在留カード番号").fill(CARD);
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
  employeeId = page.url().split("/").at(-1) ?? "";
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

describe("retention setting page", () => {
  it("shows the default, lets the owner change it, and explains what happens", async () => {
    const page = await owner.newPage();
    await page.goto(`${base}/settings/privacy`);
    await expect(page.getByTestId("retention-current").textContent()).resolves.toBe(
      "現在の設定: 雇用終了日から3年",
    );
    await page.getByLabel("保存期間 (雇用終了日から)").selectOption("5");
    await page.getByRole("button", { name: "保存期間を保存" }).click();
    await page.getByRole("status").filter({ hasText: "保存しました" }).waitFor();
    await page.reload();
    await expect(page.getByTestId("retention-current").textContent()).resolves.toBe(
      "現在の設定: 雇用終了日から5年",
    );
    await expect(page.getByLabel("保存期間 (雇用終了日から)").inputValue()).resolves.toBe("5");
    await screenshot(page, "privacy-settings-ja");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "privacy-settings-phone-ja");
    expect(
      (await sql`select settings->>'retentionYears' as y from companies where id = ${companyId}`)[0]?.y,
    ).toBe("5");
    await page.close();
  });
});

describe("data-subject export", () => {
  it("downloads everything held about the person as JSON (full card number) and audits it", async () => {
    const before = await auditCount("employee.exported");
    const page = await owner.newPage();
    await page.goto(`${base}/employees/${employeeId}`);
    await screenshot(page, "employee-export-section-ja");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "JSON をダウンロード" }).click(),
    ]);
    const data = JSON.parse(fs.readFileSync((await download.path()) ?? "", "utf8"));
    expect(data.format).toBe("zairyu-subject-access/1");
    const section = (key: string) => data.sections.find((s: { key: string }) => s.key === key)?.rows ?? [];
    expect(section("employee")[0]).toMatchObject({
      id: employeeId,
      nameOnCard: "SANTOS MARIA",
      dateOfBirth: "1992-11-23",
    });
    expect(section("cardRecords")[0]).toMatchObject({ cardNumber: CARD, statusCode: "engineer_specialist" });
    expect(JSON.stringify(data)).not.toMatch(/cardNumberEncrypted|tokenHash|storageKey|"v1\.[0-9a-f]{8}\./);
    expect(section("auditTrail").map((r: { action: string }) => r.action)).toContain("employee.created");
    expect(await auditCount("employee.exported")).toBe(before + 1);
    await page.close();
  });

  it("downloads the same as a PDF, in Japanese", async () => {
    const page = await owner.newPage();
    await page.goto(`${base}/employees/${employeeId}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "PDF をダウンロード" }).click(),
    ]);
    const pdf = fs.readFileSync((await download.path()) ?? "");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5000);
    fs.mkdirSync(".test-results", { recursive: true });
    fs.writeFileSync(".test-results/employee-export.pdf", pdf);
    expect(download.suggestedFilename()).toBe(`zairyu-employee-${employeeId}.pdf`);
    await page.close();
  });

  it("another company gets a 404 and a viewer a 403; neither is audited as an export", async () => {
    const other = await signUp("他社個人データ株式会社", "203.0.113.82");
    const viewerEmail = `viewer-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const [user] =
      await sql`insert into users (email, name, password_hash, locale) values (${viewerEmail}, 'Viewer', ${await hashPassword(PASSWORD)}, 'ja') returning id`;
    await sql`insert into memberships (company_id, user_id, role) values (${companyId}, ${user?.id}, 'viewer')`;
    const viewer = await browser.newContext({
      locale: "ja-JP",
      extraHTTPHeaders: { "x-forwarded-for": "203.0.113.83" },
    });
    const page = await viewer.newPage();
    await page.goto(`${base}/sign-in`);
    await page.locator("#f-email").fill(viewerEmail);
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.waitForURL("**/dashboard");
    await page.goto(`${base}/employees/${employeeId}`);
    await expect(page.getByText("保有個人データの開示").count()).resolves.toBe(0);

    const before = await auditCount("employee.exported");
    for (const [context, status] of [
      [other.context, 404],
      [viewer, 403],
    ] as const) {
      for (const format of ["json", "pdf"]) {
        const response = await context.request.get(`${base}/employees/${employeeId}/export?format=${format}`);
        expect(response.status(), format).toBe(status);
        expect(await response.text()).not.toContain("SANTOS");
      }
    }
    expect(await auditCount("employee.exported")).toBe(before);
    await viewer.close();
    await other.context.close();
  });
});
