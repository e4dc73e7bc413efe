import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillCopy, pageCopy } from "@/lib/i18n/employee/page";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { recipients, waitForMail } from "../helpers/mailbox";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
const owner = ownerSql();
const pt = pageCopy("pt");
const vi = pageCopy("vi");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await owner.end();
});

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3e1d60000000049454e44ae426082",
  "hex",
);
const JPEG = Buffer.concat([
  Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"),
  Buffer.alloc(64),
  Buffer.from("ffd9", "hex"),
]);

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "pt-BR",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return { context, page: await context.newPage() };
}

describe("self-service: a new card from the employee's phone, checked and recorded by HR; language and email", () => {
  const email = `maria-${crypto.randomUUID().slice(0, 8)}@example.test`;
  let hr: Page;
  let employeeId = "";

  /** HR emails a fresh link from the employee's links page; returns the link from the sink. */
  async function sendLink(scope: "duties" | "card_update"): Promise<string> {
    await hr.goto(`${base}/employees/${employeeId}/links`);
    await hr.getByLabel("リンクでできること").selectOption(scope);
    const sentBefore = Date.now();
    await hr.getByRole("button", { name: "新しいリンクをメールで送る" }).click();
    await hr.waitForURL(/done=sent/);
    const mail = await waitForMail(
      (m) =>
        recipients(m).includes(email) &&
        (m.date?.getTime() ?? 0) >= sentBefore - 2000 &&
        m.subject === fillCopy(pt.email.linkSubject, { company: "株式会社カード更新" }),
    );
    return /(http\S+\/e\/[A-Za-z0-9_-]{40,})/.exec(mail.text ?? "")?.[1] ?? "";
  }

  it("HR registers a Portuguese-speaking employee and emails her a card-update link", async () => {
    const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
    hr = await context.newPage();
    await hr.goto(`${base}/sign-up`);
    await hr.getByLabel("会社名").fill("株式会社カード更新");
    await hr.getByLabel("あなたの氏名").fill("佐藤 一郎");
    await hr.getByLabel("メールアドレス").fill(`hr-${crypto.randomUUID().slice(0, 8)}@example.test`);
    await hr.getByLabel("パスワード").fill("e2e-password-123");
    await hr.getByRole("button", { name: "登録する" }).click();
    await hr.waitForURL("**/dashboard");
    await hr.goto(`${base}/employees/new`);
    await hr.getByLabel("氏名 (在留カードの表記)").fill("SILVA MARIA");
    await hr.getByLabel("国籍・地域").selectOption("BR");
    await hr.getByLabel("生年月日").fill("1990-05-20");
    await hr.getByLabel("性別").selectOption("F");
    await hr.getByLabel("メールアドレス (本人)").fill(email);
    await hr.getByLabel("連絡言語").selectOption("pt");
    await hr.getByLabel("在留資格").selectOption("long_term_resident");
    await hr.getByLabel("在留期間の満了日").fill("2027-01-31");
    await hr.getByRole("button", { name: "保存" }).click();
    await hr.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
    employeeId = hr.url().split("/").at(-1) ?? "";
    await hr.getByRole("link", { name: "個人用リンク" }).click();
    await hr.waitForURL(`**/employees/${employeeId}/links`);
  });

  it("the employee sends the new card's details and both photos; the link is then used up", async () => {
    const link = await sendLink("card_update");
    await screenshot(hr, "employee-links-ja");
    const { context, page } = await phone();
    await page.goto(`${link}/card`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(pt.card.heading);
    await page.getByLabel(pt.fields.statusCode).selectOption("long_term_resident");
    await page.getByLabel(pt.fields.periodOfStayExpiresOn).fill("2030-01-31");
    await page.getByLabel(pt.fields.cardExpiresOn).fill("2030-01-31");
    await page.getByLabel(pt.fields.cardNumber).fill("AB1234");
    await page.setInputFiles("#f-front", { name: "frente.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: pt.card.submit }).click();
    // Both problems are named, in Portuguese; what was typed stays.
    await expect(page.locator("#f-cardNumber-error").textContent()).resolves.toBe(
      `${pt.fields.cardNumber}: ${pt.rules.card_number_format}`,
    );
    await expect(page.locator("#f-back-error").textContent()).resolves.toBe(
      `${pt.fields.back}: ${pt.rules.required}`,
    );
    await expect(page.getByLabel(pt.fields.periodOfStayExpiresOn).inputValue()).resolves.toBe("2030-01-31");
    await screenshot(page, "employee-card-error-pt");

    await page.getByLabel(pt.fields.cardNumber).fill("cd98765432ef");
    await page.setInputFiles("#f-front", { name: "frente.png", mimeType: "image/png", buffer: PNG });
    await page.setInputFiles("#f-back", { name: "verso.jpg", mimeType: "image/jpeg", buffer: JPEG });
    await page.getByRole("button", { name: pt.card.submit }).click();
    await page.waitForURL(/done=card/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(pt.states.used.title);
    await context.close();
  });

  it("HR checks the card against the photos and accepts: it becomes the current card, the old one stays", async () => {
    await hr.goto(`${base}/reviews`);
    await hr
      .getByTestId("card-row")
      .filter({ hasText: "SILVA MARIA" })
      .getByRole("link", { name: "確認して判断する" })
      .click();
    await hr.waitForURL(/\/reviews\/cards\/[0-9a-f-]{36}$/);
    await expect(hr.getByRole("img", { name: "表面" }).count()).resolves.toBe(1);
    await expect(hr.getByLabel("在留期間の満了日").inputValue()).resolves.toBe("2030-01-31");
    await screenshot(hr, "reviews-card-ja");
    await hr.getByRole("button", { name: "承認してカードを記録" }).click();
    await hr.waitForURL(/done=cardAccepted/);
    const cards =
      await owner`select card_number_last4, period_of_stay_expires_on::text as expires, superseded_at from card_records where employee_id = ${employeeId} order by created_at`;
    expect(cards.map((c) => [c.expires, c.card_number_last4, c.superseded_at === null])).toEqual([
      ["2027-01-31", null, false],
      ["2030-01-31", "32EF", true],
    ]);
    await hr.goto(`${base}/employees/${employeeId}`);
    await expect(hr.getByText("********32EF").count()).resolves.toBe(1);
  });

  it("with a duties link she switches her language to Vietnamese (a bad email is named first)", async () => {
    const link = await sendLink("duties");
    const { context, page } = await phone();
    await page.goto(link);
    await page.getByRole("link", { name: pt.nav.settings }).click();
    await page.getByRole("combobox", { name: pt.fields.preferredLanguage }).selectOption("vi");
    await page.getByLabel(pt.fields.email).fill("not-an-address");
    await page.getByRole("button", { name: pt.settings.submit }).click();
    await expect(page.locator("#f-email-error").textContent()).resolves.toBe(
      `${pt.fields.email}: ${pt.rules.email_format}`,
    );
    await screenshot(page, "employee-settings-error-pt");
    await page.getByLabel(pt.fields.email).fill(email);
    await page.getByRole("button", { name: pt.settings.submit }).click();
    await page.waitForURL(/done=settings&lang=vi/);
    await expect(page.getByRole("status").textContent()).resolves.toBe(vi.overview.doneSettings);
    await context.close();
    const [row] = await owner`select preferred_language from employees where id = ${employeeId}`;
    expect(row?.preferred_language).toBe("vi");
    const [audit] =
      await owner`select actor_type, host(ip) as ip, data from audit_log where action = 'employee.preferences_updated' and entity_id = ${employeeId}`;
    expect(audit).toMatchObject({
      actor_type: "employee",
      data: { fields: ["preferredLanguage"], language: { from: "pt", to: "vi" } },
    });
    expect(audit?.ip).toBeTruthy();
  });
});
