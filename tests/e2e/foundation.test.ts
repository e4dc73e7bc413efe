import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { recipients, waitForMail } from "../helpers/mailbox";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
const PASSWORD = "e2e-password-123";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newJapanesePage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

async function signUp(page: Page, company: string): Promise<string> {
  const email = `hr-${crypto.randomUUID().slice(0, 8)}@example.test`;
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("あなたの氏名").fill("佐藤 一郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
  return email;
}

async function addEmployee(page: Page, name: string, cardNumber: string): Promise<string> {
  await page.goto(`${base}/employees/new`);
  await page.getByLabel("氏名 (在留カードの表記)").fill(name);
  await page.getByLabel("国籍・地域").selectOption("VN");
  await page.getByLabel("生年月日").fill("1995-03-14");
  await page.getByLabel("性別").selectOption("M");
  await page.getByLabel("在留資格").selectOption("engineer_specialist");
  await page.getByLabel("在留期間の満了日").fill("2027-09-30");
  await page.getByLabel("在留カード番号").fill(cardNumber);
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
  return page.url().split("/").at(-1) ?? "";
}

describe("foundation: sign up, add an employee, see them listed", () => {
  let employeeUrl = "";
  let ownerEmail = "";

  it("an HR person signs up, adds an employee (fixing a field error) and sees them in the list", async () => {
    const { context, page } = await newJapanesePage();
    ownerEmail = await signUp(page, "株式会社ブラウザテスト");
    await expect(page.getByTestId("company-name").textContent()).resolves.toBe("株式会社ブラウザテスト");

    await page.goto(`${base}/employees/new`);
    await page.getByLabel("氏名 (在留カードの表記)").fill("TRAN THI BINH");
    await page.getByLabel("国籍・地域").selectOption("VN");
    await page.getByLabel("生年月日").fill("1998-07-02");
    await page.getByLabel("性別").selectOption("F");
    await page.getByLabel("在留資格").selectOption("ssw_1");
    await page.getByLabel("在留期間の満了日").fill("2027-06-01");
    await page.getByLabel("在留カード番号").fill("AB12");
    await page.getByRole("button", { name: "保存" }).click();
    const fieldError = page.locator("#f-card-cardNumber-error");
    await expect(fieldError.textContent()).resolves.toContain("在留カード番号");
    await expect(page.getByLabel("在留カード番号").getAttribute("aria-invalid")).resolves.toBe("true");
    await screenshot(page, "employee-form-error-ja");
    // What was typed is kept; fix the one field and save.
    await expect(page.getByLabel("氏名 (在留カードの表記)").inputValue()).resolves.toBe("TRAN THI BINH");
    await page.getByLabel("在留カード番号").fill("CD87654321EF");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
    employeeUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("TRAN THI BINH");
    await expect(page.getByText("********21EF").count()).resolves.toBe(1);

    await page.goto(`${base}/employees`);
    const row = page.getByRole("row", { name: /TRAN THI BINH/ });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain("特定技能1号");
    await expect(row.textContent()).resolves.toContain("2027年6月1日");
    await screenshot(page, "employees-ja");
    await context.close();
  });

  it("another company's user can neither open, edit nor archive that employee through the UI", async () => {
    const { context, page } = await newJapanesePage();
    await signUp(page, "他社株式会社");
    const response = await page.goto(employeeUrl);
    expect(response?.status()).toBe(404);
    expect((await page.goto(`${employeeUrl}/edit`))?.status()).toBe(404);
    await page.goto(`${base}/employees`);
    await expect(page.getByText("TRAN THI BINH").count()).resolves.toBe(0);

    // Forge the archive action: B's own archive form, pointed at A's employee id.
    const ownId = await addEmployee(page, "OWN PERSON", "GH11223344IJ");
    expect(ownId).toMatch(/^[0-9a-f-]{36}$/);
    const victimId = employeeUrl.split("/").at(-1) ?? "";
    await page.locator('input[name="employeeId"]').evaluate((input, id) => {
      (input as HTMLInputElement).value = id;
    }, victimId);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "アーカイブ" }).click();
    await page.getByText("見つかりません").waitFor();
    await context.close();

    const owner = await newJapanesePage();
    await owner.page.goto(`${base}/sign-in`);
    await owner.page.locator("#f-email").fill(ownerEmail);
    await owner.page.getByLabel("パスワード").fill(PASSWORD);
    await owner.page.getByRole("button", { name: "サインイン" }).click();
    await owner.page.waitForURL("**/dashboard");
    await owner.page.goto(employeeUrl);
    await expect(owner.page.getByText("アーカイブ済み").count()).resolves.toBe(0);
    await owner.context.close();
  });

  it("signs in by emailed magic link and signs out", async () => {
    const { context, page } = await newJapanesePage();
    await page.goto(`${base}/sign-in`);
    await page.locator("#magic-email").fill(ownerEmail);
    await page.getByRole("button", { name: "リンクを送信" }).click();
    await page.waitForURL("**/sign-in/check-email**");
    const mail = await waitForMail(
      (m) => recipients(m).includes(ownerEmail) && /サインイン/.test(m.subject ?? ""),
    );
    const link = /(http\S+\/api\/auth\/callback\/nodemailer\S+)/.exec(mail.text ?? "")?.[1];
    expect(link).toBeTruthy();
    await page.goto(link ?? "");
    await page.waitForURL("**/dashboard");
    await page.getByRole("button", { name: "サインアウト" }).click();
    await page.waitForURL("**/sign-in");
    await page.goto(`${base}/dashboard`);
    await page.waitForURL("**/sign-in");
    await context.close();
  });

  it("a wrong password and an unknown email get the same message", async () => {
    const { context, page } = await newJapanesePage();
    for (const email of [ownerEmail, "nobody@example.test"]) {
      await page.goto(`${base}/sign-in`);
      await page.locator("#f-email").fill(email);
      await page.getByLabel("パスワード").fill("wrong-password-1");
      await page.getByRole("button", { name: "サインイン" }).click();
      await page.getByText("メールアドレスまたはパスワードが正しくありません").waitFor();
      expect(page.url()).toContain("/sign-in");
    }
    await context.close();
  });
});
