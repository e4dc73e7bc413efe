import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonthsPeriod } from "@/lib/compliance";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { launchBrowser } from "../helpers/browser";
import { recipients, waitForMail } from "../helpers/mailbox";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function signUp(page: Page, company: string): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("あなたの氏名").fill("佐藤 一郎");
  await page.getByLabel("メールアドレス").fill(`hr-${crypto.randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("パスワード").fill("e2e-password-123");
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
}

async function addEmployee(page: Page, name: string, expiresOn: string, email?: string): Promise<string> {
  await page.goto(`${base}/employees/new`);
  await page.getByLabel("氏名 (在留カードの表記)").fill(name);
  if (email) {
    await page.getByLabel("メールアドレス (本人)").fill(email);
    await page.getByLabel("連絡言語").selectOption("vi");
  }
  await page.getByLabel("国籍・地域").selectOption("VN");
  await page.getByLabel("生年月日").fill("1995-03-14");
  await page.getByLabel("性別").selectOption("M");
  await page.getByLabel("在留資格").selectOption("engineer_specialist");
  await page.getByLabel("在留期間の満了日").fill(expiresOn);
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
  return page.url().split("/").at(-1) ?? "";
}

async function recordEvent(page: Page, type: string, date: string) {
  await page.locator('select[name="type"]').selectOption(type);
  await page.locator('input[name="date"]').fill(date);
  await page.getByRole("button", { name: "記録する" }).click();
  await page.getByRole("status").waitFor();
}

describe("pipeline: HR records events and sees duties", () => {
  let employeeId = "";
  let page: Page;

  it("a move recorded late shows an overdue address duty with why it is due; muting needs a reason", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signUp(page, "株式会社パイプライン");
    employeeId = await addEmployee(page, "NGUYEN VAN AN", "2029-09-30");
    await page.getByRole("link", { name: "出来事と手続き" }).click();
    await page.waitForURL(`**/employees/${employeeId}/events`);
    await expect(page.getByTestId("may-work-until").textContent()).resolves.toBe(
      `${formatDate("2029-09-30", "ja")} まで就労可`,
    );

    // Moved Mon 2026-11-02: 14 days → Mon 2026-11-16, already past.
    await recordEvent(page, "moved_house", "2026-11-02");
    const duty = page.getByTestId("duty").filter({ hasText: "住居地" });
    await expect(duty.textContent()).resolves.toContain(formatDate("2026-11-16", "ja"));
    await expect(duty.getByText("期限超過").count()).resolves.toBe(1);
    await duty.getByText("なぜ必要？").click();
    await expect(duty.locator("code").textContent()).resolves.toMatch(/@\d+$/);
    await screenshot(page, "pipeline-events-ja");

    await duty.getByRole("button", { name: "通知を止める" }).click();
    await expect(duty.getByRole("alert").textContent()).resolves.toContain("通知を止める理由");
    await duty.getByLabel("通知を止める理由").fill("本人が手続き済みと口頭で確認 (証明書待ち)");
    await duty.getByRole("button", { name: "通知を止める" }).click();
    await page.getByText("通知停止中: 本人が手続き済みと口頭で確認 (証明書待ち)").waitFor();
    await expect(
      page.getByTestId("duty").filter({ hasText: "住居地" }).getByText("通知停止中", { exact: true }).count(),
    ).resolves.toBe(1);
  });

  it("a renewal applied before expiry shows the special period and the date the employee may work until", async () => {
    const expired = addDays(todayInJapan(), -3);
    const id = await addEmployee(page, "TRAN THI BINH", expired);
    await page.goto(`${base}/employees/${id}/events`);
    await expect(page.getByText("就労不可").count()).resolves.toBe(1);
    await recordEvent(page, "renewal_applied", addDays(expired, -10));
    // Special period (art. 20(6)): until the decision, at most to the end of 2 months from expiry.
    await expect(page.getByText("特例期間中 (更新申請済み)").count()).resolves.toBe(1);
    await expect(page.getByTestId("may-work-until").textContent()).resolves.toBe(
      `${formatDate(addMonthsPeriod(expired, 2), "ja")} まで就労可`,
    );
  });

  it("a head-office move is previewed for everyone on the books, then recorded", async () => {
    await page.goto(`${base}/company-events`);
    await page.getByLabel("変更の内容").selectOption("org_address_changed");
    await page.getByLabel("変更日").fill("2026-11-20");
    await page.getByLabel("新しい名称・所在地 (記録用)").fill("東京都港区芝浦1-1-1");
    await page.getByRole("button", { name: "プレビュー" }).click();
    await page.waitForURL(/type=org_address_changed/);
    await expect(page.getByTestId("preview-row").count()).resolves.toBe(2);
    await expect(
      page.getByText("その日に在籍する従業員 2 名のうち、2 名に手続きが必要です。").count(),
    ).resolves.toBe(1);
    await screenshot(page, "pipeline-company-event-preview-ja");
    await page.getByRole("button", { name: "全員に記録する" }).click();
    await page.waitForURL(/\/company-events$/);
    const row = page.locator("tr", { hasText: "本店の移転" });
    await expect(row.locator("td").nth(2).textContent()).resolves.toBe("2");
    await expect(row.locator("td").nth(3).textContent()).resolves.toBe("2");
  });

  it("the events page works on a phone, and the owner's queue view answers", async () => {
    const phone = await browser.newContext({
      locale: "ja-JP",
      viewport: { width: 390, height: 844 },
      storageState: await page.context().storageState(),
    });
    const mobile = await phone.newPage();
    await mobile.goto(`${base}/employees/${employeeId}/events`);
    await expect(mobile.getByRole("heading", { name: "手続き", exact: true }).count()).resolves.toBe(1);
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(mobile, "pipeline-events-phone-ja");
    await page.goto(`${base}/ops/queues`);
    await expect(page.getByRole("heading", { name: "キュー (運用)", exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText("notifications", { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, "pipeline-ops-queues-ja");
  });

  it("another company sees a plain 404 for this employee's events page", async () => {
    const other = await browser.newContext({ locale: "ja-JP" });
    const otherPage = await other.newPage();
    await signUp(otherPage, "株式会社よそ");
    const response = await otherPage.goto(`${base}/employees/${employeeId}/events`);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByText("NGUYEN VAN AN").count()).resolves.toBe(0);
  });

  it("the running worker emails the employee about a new duty within a minute, in their language", async () => {
    const email = `emp-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const id = await addEmployee(page, "LE VAN CUONG", "2029-09-30", email);
    await page.goto(`${base}/employees/${id}/events`);
    await recordEvent(page, "card_lost", todayInJapan());
    const mail = await waitForMail((m) => recipients(m).includes(email), 100_000);
    expect(mail.subject?.startsWith("Cần làm thủ tục:")).toBe(true);
    expect(mail.text).toMatch(/Hạn chót: .+\(\d{4}-\d{2}-\d{2}\)/);
    expect(mail.text).toContain(
      "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00010.html",
    );
    expect(mail.text).toMatch(/\/e\/[A-Za-z0-9_-]{40,}/);
  }, 150_000);
});
