import crypto from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/compliance";
import { fillCopy, pageCopy } from "@/lib/i18n/employee/page";
import { formatDate, todayInJapan } from "@/lib/i18n/format";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { withSharedSweeps } from "../helpers/global-sweeps";
import { readMailbox, recipients, waitForMail } from "../helpers/mailbox";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
const owner = ownerSql();
const redis = new Redis(process.env.REDIS_URL ?? "", { maxRetriesPerRequest: null });
const maintenance = new Queue("maintenance", {
  connection: redis,
  prefix: process.env.QUEUE_PREFIX ?? "{zairyu}",
});
const vi = pageCopy("vi");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await maintenance.close();
  redis.disconnect();
  await owner.end();
});

/** What the 06:00 scheduler does, now: the real worker runs the daily sweep (and sends what is due). */
async function runDailySweep(): Promise<void> {
  await withSharedSweeps(owner, "running", runSweepJob);
}

async function runSweepJob(): Promise<void> {
  const job = await maintenance.add(
    "daily-sweep",
    { reason: "manual" },
    { jobId: `e2e-${crypto.randomUUID()}` },
  );
  for (let i = 0; i < 150 && !(await job.isCompleted()); i++) await new Promise((r) => setTimeout(r, 200));
  expect(await job.isCompleted()).toBe(true);
}

async function signUp(page: Page, company: string): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("あなたの氏名").fill("佐藤 一郎");
  await page.getByLabel("メールアドレス").fill(`hr-${crypto.randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("パスワード").fill("e2e-password-123");
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
}

async function phone(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return { context, page: await context.newPage() };
}

describe("self-service: contract end → employee email → Vietnamese page → confirmation with a PDF → HR accepts", () => {
  const employeeEmail = `an-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const endedOn = addDays(todayInJapan(), -3);
  let hr: Page;
  let employeeId = "";
  let link = "";

  it("HR fills the company profile, registers a Vietnamese employee and records the contract end", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    hr = await context.newPage();
    await signUp(hr, "株式会社セルフサービス");
    await hr.goto(`${base}/settings/company`);
    await hr.getByLabel("法人名 (英語)").fill("Self Service K.K.");
    await hr.getByLabel("法人番号 (13桁)").fill("6012345678901");
    await hr.getByLabel("本店郵便番号").fill("105-0011");
    await hr.getByLabel("本店所在地").fill("東京都港区芝公園1-1-1");
    await hr.getByLabel("管轄の出入国在留管理局").selectOption("東京出入国在留管理局");
    await hr.getByRole("button", { name: "会社情報 ✓" }).click();
    await hr.getByRole("status").waitFor();

    await hr.goto(`${base}/employees/new`);
    await hr.getByLabel("氏名 (在留カードの表記)").fill("NGUYEN VAN AN");
    await hr.getByLabel("国籍・地域").selectOption("VN");
    await hr.getByLabel("生年月日").fill("1995-03-14");
    await hr.getByLabel("性別").selectOption("M");
    await hr.getByLabel("メールアドレス (本人)").fill(employeeEmail);
    await hr.getByLabel("連絡言語").selectOption("vi");
    await hr.getByLabel("在留資格").selectOption("engineer_specialist");
    await hr.getByLabel("在留期間の満了日").fill("2029-09-30");
    await hr.getByRole("button", { name: "保存" }).click();
    await hr.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
    employeeId = hr.url().split("/").at(-1) ?? "";

    await hr.goto(`${base}/employees/${employeeId}/events`);
    await hr.locator('select[name="type"]').selectOption("employment_ended");
    await hr.locator('input[name="date"]').fill(endedOn);
    await hr.getByRole("button", { name: "記録する" }).click();
    await hr.getByRole("status").waitFor();
  });

  it("the employee's email arrives in the test SMTP sink, in Vietnamese, with a personal link", async () => {
    await runDailySweep();
    const mail = await waitForMail((m) => recipients(m).includes(employeeEmail));
    expect(mail.subject).toContain("所属機関に関する届出");
    expect(mail.html).toContain('lang="vi"');
    link = /(http\S+\/e\/[A-Za-z0-9_-]{40,})/.exec(mail.text ?? "")?.[1] ?? "";
    expect(link).toMatch(/\/e\//);
  });

  it("the link opens the page in Vietnamese on a phone: the duty, its deadline, how to file and the form values", async () => {
    const { context, page } = await phone("vi-VN");
    await page.goto(link);
    await expect(page.locator("[lang=vi]").first().count()).resolves.toBe(1);
    // The token is in the URL: no Referer may carry it to another site, and search engines keep out.
    await expect(page.locator('meta[name="referrer"]').getAttribute("content")).resolves.toBe("no-referrer");
    await expect(page.locator('meta[name="robots"]').getAttribute("content")).resolves.toBe(
      "noindex, nofollow",
    );
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      fillCopy(vi.overview.greeting, { name: "NGUYEN VAN AN" }),
    );
    // Two duties of the employee's own: the 19-16 notification (due soon) first, the 2029 renewal after it.
    await expect(page.getByTestId("duty-card").count()).resolves.toBe(2);
    const card = page.getByTestId("duty-card").first();
    await expect(card.getByRole("heading", { level: 2 }).textContent()).resolves.toContain(
      "Thông báo về công ty tuyển dụng",
    );
    const renewal = page.getByTestId("duty-card").nth(1);
    await expect(renewal.getByRole("link", { name: vi.duty.confirmButton }).count()).resolves.toBe(0);
    await expect(
      renewal.getByText(fillCopy(vi.duty.opensOn, { date: formatDate("2029-06-30", "vi") })).count(),
    ).resolves.toBe(1);
    // 14 days from the contract end, counted from the next day (rolled past closed days by the engine).
    const [duty] =
      await owner`select due_date::text as due from duties where employee_id = ${employeeId} and code = 'isa_contract_org_notification'`;
    await expect(card.locator("time").getAttribute("datetime")).resolves.toBe(duty?.due);
    await expect(card.locator("time").textContent()).resolves.toBe(formatDate(String(duty?.due), "vi"));
    await card.getByText(vi.how.heading).click();
    await expect(
      card.getByText("Tokyo Regional Immigration Services Bureau (東京出入国在留管理局)").count(),
    ).resolves.toBe(1);
    await expect(card.getByText("「届出書在中」", { exact: false }).count()).resolves.toBe(1);
    await card.getByText(vi.values.heading).click();
    await expect(card.getByText("6012345678901").count()).resolves.toBe(1);
    await expect(card.getByText("〒105-0011 東京都港区芝公園1-1-1").count()).resolves.toBe(1);
    const [y, m, d] = endedOn.split("-").map(Number);
    await expect(card.getByText(`${y}年${m}月${d}日`).count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "employee-vi");
    for (const lang of ["ja", "pt"]) {
      await page.goto(`${link}?lang=${lang}`);
      await page
        .getByTestId("duty-card")
        .first()
        .getByText(pageCopy(lang as "ja").how.heading)
        .click();
      await screenshot(page, `employee-${lang}`);
    }
    await context.close();
  });

  it("the employee confirms with a receipt number and a PDF (a program renamed .pdf is refused first)", async () => {
    const { context, page } = await phone("vi-VN");
    await page.goto(link);
    await page.getByTestId("duty-card").first().getByRole("link", { name: vi.duty.confirmButton }).click();
    await page.waitForURL(/\/duties\/[0-9a-f-]{36}/);
    await page.getByLabel(vi.confirm.channels.online).check();
    // Nothing chosen in the file input and no receipt number: the rule is named, in Vietnamese.
    await page.getByRole("button", { name: vi.confirm.submit }).click();
    await expect(page.locator("#f-receiptNumber-error").textContent()).resolves.toBe(
      `${vi.fields.receiptNumber}: ${vi.rules.proof_required}`,
    );
    await page.getByLabel(vi.fields.receiptNumber).fill("EN-2026-000123");
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300)]);
    await page.setInputFiles("#f-proof", { name: "receipt.pdf", mimeType: "application/pdf", buffer: exe });
    await page.getByRole("button", { name: vi.confirm.submit }).click();
    await expect(page.locator("#f-proof-error").textContent()).resolves.toBe(
      `${vi.fields.proof}: ${vi.rules.file_type}`,
    );
    await expect(page.getByLabel(vi.fields.receiptNumber).inputValue()).resolves.toBe("EN-2026-000123");
    await screenshot(page, "employee-confirm-error-vi");

    const pdf = Buffer.from(
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    await page.setInputFiles("#f-proof", { name: "uketsuke.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: vi.confirm.submit }).click();
    await page.waitForURL(/done=confirmed/);
    await expect(page.getByRole("status").textContent()).resolves.toBe(vi.overview.doneConfirmed);
    await expect(page.getByTestId("duty-card").first().getByText(vi.duty.waiting).count()).resolves.toBe(1);
    await context.close();

    const pending =
      await owner`select n.kind from notifications n join duties d on d.id = n.duty_id where d.employee_id = ${employeeId} and d.code = 'isa_contract_org_notification' and n.status = 'pending'`;
    expect(pending).toHaveLength(0);
  });

  it("HR sees it in the review queue, opens the PDF, and accepts: the duty is closed and reminders stop", async () => {
    await hr.goto(`${base}/reviews`);
    const row = hr.getByTestId("confirmation-row").filter({ hasText: "NGUYEN VAN AN" });
    await expect(row.getByText("EN-2026-000123").count()).resolves.toBe(1);
    const href = (await row.getByRole("link", { name: "ファイルを開く" }).getAttribute("href")) ?? "";
    const file = await hr.request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await screenshot(hr, "reviews-ja");
    await row.getByRole("button", { name: /承認/ }).click();
    await hr.waitForURL(/done=accepted/);
    await expect(hr.getByTestId("confirmation-row").count()).resolves.toBe(0);

    const [duty] =
      await owner`select status, closed_at from duties where employee_id = ${employeeId} and code = 'isa_contract_org_notification'`;
    expect(duty?.status).toBe("closed");
    const before = (await readMailbox()).filter((m) => recipients(m).includes(employeeEmail)).length;
    await runDailySweep();
    await new Promise((r) => setTimeout(r, 1000));
    const after = (await readMailbox()).filter((m) => recipients(m).includes(employeeEmail)).length;
    expect(after).toBe(before);

    const { context, page } = await phone("vi-VN");
    await page.goto(link);
    // Only the far-off renewal is left; the closed 19-16 duty is gone from the page.
    await expect(page.getByTestId("duty-card").count()).resolves.toBe(1);
    await expect(page.getByText("Thông báo về công ty tuyển dụng").count()).resolves.toBe(0);
    await context.close();
  });

  it("HR stops the link; it then explains, in Vietnamese, what to do next", async () => {
    await hr.goto(`${base}/employees/${employeeId}/links`);
    await hr.getByRole("button", { name: "有効なリンクをすべて止める" }).click();
    await hr.waitForURL(/done=revoked/);
    const { context, page } = await phone("vi-VN");
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      vi.states.revoked.title,
    );
    await screenshot(page, "employee-revoked-vi");
    await page.goto(`${base}/e/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      vi.states.unknown.title,
    );
    await context.close();
  });

  it("another company's HR gets a plain 404 for the file, the review pages and the links page", async () => {
    const [upload] = await owner`select u.id from uploads u where u.employee_id = ${employeeId}`;
    const context = await browser.newContext({ locale: "ja-JP" });
    const other = await context.newPage();
    await signUp(other, "株式会社よその会社");
    expect((await other.request.get(`${base}/files/${upload?.id}`)).status()).toBe(404);
    expect((await other.goto(`${base}/employees/${employeeId}/links`))?.status()).toBe(404);
    await other.goto(`${base}/reviews`);
    await expect(other.getByText("NGUYEN VAN AN").count()).resolves.toBe(0);
    await context.close();
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(`${base}/files/${upload?.id}`, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(response.status());
    expect(response.headers().location ?? "").toContain("/sign-in");
    await anonymous.close();
  });
});
