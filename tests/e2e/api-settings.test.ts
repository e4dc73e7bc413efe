import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { createWebhookEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { callHttp, makeApiKey } from "../helpers/api";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { screenshot } from "../helpers/screenshots";
import { startReceiver, waitFor } from "../helpers/webhook-receiver";

const base = process.env.E2E_BASE_URL ?? "";
let browser: Browser;
let page: Page;
let apiKey = "";
let ownerEmail = "";
const db = ownerSql();

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill("株式会社API連携");
  await page.getByLabel("あなたの氏名").fill("鈴木 花子");
  ownerEmail = `owner-${crypto.randomUUID().slice(0, 8)}@example.test`;
  await page.getByLabel("メールアドレス").fill(ownerEmail);
  await page.getByLabel("パスワード").fill("e2e-password-123");
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
});
afterAll(async () => {
  await browser?.close();
  await db.end();
});

describe("API keys in settings", () => {
  it("names the fields at fault when the form is incomplete", async () => {
    await page.goto(`${base}/settings/api-keys`);
    await page.getByLabel(/読み取り/).uncheck();
    await page.getByRole("button", { name: "キーを作成" }).click();
    await expect(page.locator("#f-name-error").textContent()).resolves.toContain("キーの名前");
    await expect(page.locator("#scopes-error").textContent()).resolves.toContain("権限");
  });

  it("an owner creates a key, sees it once, and it works against the API", async () => {
    await page.goto(`${base}/settings/api-keys`);
    await page.getByLabel("キーの名前").fill("給与システム連携");
    await page.getByLabel(/書き込み/).check();
    await page.getByRole("button", { name: "キーを作成" }).click();
    const shown = page.getByTestId("new-api-key");
    await shown.waitFor();
    apiKey = (await shown.textContent()) ?? "";
    expect(apiKey).toMatch(/^zk_[A-Za-z0-9_-]{40}$/);
    await screenshot(page, "api-keys-created-ja");
    const answer = await callHttp(base, { path: "/employees", key: apiKey });
    expect(answer.status).toBe(200);
    // Shown once: a reload shows the prefix and the last use, never the key.
    await page.reload();
    const html = await page.content();
    expect(html).not.toContain(apiKey);
    expect(html).toContain(apiKey.slice(0, 10));
    const row = page.getByRole("row", { name: /給与システム連携/ });
    await expect(row.textContent()).resolves.toContain("有効");
    await expect(row.getByTestId("last-used").textContent()).resolves.toMatch(/\d{4}年\d+月\d+日/);
    await screenshot(page, "api-keys-ja");
  });

  it("works on a phone-sized screen", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "ja-JP",
      storageState: await page.context().storageState(),
    });
    const small = await phone.newPage();
    await small.goto(`${base}/settings/api-keys`);
    await small.getByRole("heading", { level: 1 }).waitFor();
    const overflow = await small.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(small, "api-keys-phone-ja");
    await phone.close();
  });

  it("revoking the key stops it at once", async () => {
    await page.goto(`${base}/settings/api-keys`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page
      .getByRole("form", { name: /給与システム連携/ })
      .getByRole("button", { name: "無効化" })
      .click();
    await page
      .getByRole("row", { name: /給与システム連携/ })
      .getByText("無効化済み")
      .waitFor();
    expect((await callHttp(base, { path: "/employees", key: apiKey })).status).toBe(401);
  });
});

describe("webhooks in settings", () => {
  it("an owner adds an endpoint and sees its signing secret once, then the delivery log", async () => {
    await page.goto(`${base}/settings/webhooks`);
    await page.getByLabel("送信先 URL").fill("http://hooks.example.com/zairyu");
    await page.getByRole("button", { name: "送信先を追加" }).click();
    await expect(page.locator("#f-url-error").textContent()).resolves.toContain("https://");
    await page.getByLabel("送信先 URL").fill("https://hooks.example.com/zairyu");
    await page.getByRole("button", { name: "送信先を追加" }).click();
    const secret = page.getByTestId("new-webhook-secret");
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/^whsec_/);
    await screenshot(page, "webhooks-ja");
    await page.getByRole("link", { name: "配信履歴" }).first().click();
    await page.getByText("この送信先への配信はまだありません。").waitFor();
  });
});

describe("the delivery log", () => {
  it("shows each delivery's state in words, and re-sends a delivered one", async () => {
    let secret = "";
    const receiver = await startReceiver({
      secret: () => secret,
      answer: (_attempt, eventId) => (eventId.startsWith("duty.confirmed") ? 500 : 200),
    });
    const [owner] =
      await db`select m.company_id, u.id from users u join memberships m on m.user_id = u.id where u.email = ${ownerEmail}`;
    const ctx = {
      companyId: owner?.company_id as string,
      actor: { type: "user" as const, id: owner?.id as string, role: "owner" as const },
      locale: "ja" as const,
    };
    const endpoint = await createWebhookEndpoint(ctx, {
      url: receiver.url,
      events: ["duty.created", "duty.confirmed"],
    });
    secret = endpoint.secret;
    const key = await makeApiKey(ctx);
    const created = await callHttp(base, {
      method: "POST",
      path: "/employees",
      key,
      body: {
        nameOnCard: "LOG PERSON",
        nationality: "ID",
        dateOfBirth: "1990-01-01",
        sex: "M",
        employmentStartedOn: "2024-04-01",
        card: { statusCode: "engineer_specialist", periodOfStayExpiresOn: "2029-03-31" },
      },
    });
    const employeeId = (created.body as { id: string }).id;
    const event = await callHttp(base, {
      method: "POST",
      path: `/employees/${employeeId}/events`,
      key,
      body: { type: "employment_ended", date: "2026-06-30" },
    });
    const dutyId = ((event.body as { duties: { id: string }[] }).duties[0] as { id: string }).id;
    await callHttp(base, {
      method: "POST",
      path: `/duties/${dutyId}/confirm`,
      key,
      body: { filedOn: todayInJapan(), channel: "counter" },
    });
    await waitFor(
      () =>
        db`select event_type, status, attempts from webhook_deliveries where endpoint_id = ${endpoint.id}`,
      (rows) =>
        rows.every((r) =>
          r.event_type === "duty.created"
            ? r.status === "delivered"
            : r.attempts >= 1 && r.status !== "delivering",
        ),
      60_000,
    );
    await page.goto(`${base}/settings/webhooks/${endpoint.id}`);
    const confirmedRow = page.getByRole("row", { name: /届出の完了/ });
    await expect(confirmedRow.textContent()).resolves.toMatch(/送信待ち|失敗/);
    await expect(confirmedRow.textContent()).resolves.toContain("HTTP 500");
    const deliveredRow = page.getByRole("row", { name: /届出義務の発生/ }).first();
    await expect(deliveredRow.textContent()).resolves.toContain("配信済み");
    await screenshot(page, "webhook-deliveries-ja");
    const successes = receiver.successes().length;
    await deliveredRow.getByRole("button", { name: "再送" }).click();
    await page.getByText("再送を登録しました").waitFor();
    await waitFor(
      () => receiver.successes().length,
      (n) => n === successes + 1,
      60_000,
    );
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "English", pressed: true }).waitFor();
    await page.goto(`${base}/settings/webhooks/${endpoint.id}`);
    await page.getByRole("heading", { name: "Deliveries" }).waitFor();
    await screenshot(page, "webhook-deliveries-en");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("button", { name: "日本語", pressed: true }).waitFor();
    await receiver.close();
  });
});

describe("the API reference", () => {
  it("renders the OpenAPI document as a page with no external or inline scripts of its own", async () => {
    const docs = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    docs.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    const response = await docs.goto(`${base}/api/docs`);
    expect(response?.status()).toBe(200);
    await docs.getByRole("heading", { name: "Zairyu API" }).waitFor();
    for (const path of ["/employees", "/employees/{id}/events", "/duties/{id}/confirm", "/evaluate"])
      await expect(docs.getByText(path, { exact: true }).count()).resolves.toBeGreaterThan(0);
    const external = await docs.evaluate(() =>
      [...document.querySelectorAll("script[src]")]
        .map((s) => s.getAttribute("src"))
        .filter((src) => src && /^https?:/.test(src)),
    );
    expect(external).toEqual([]);
    expect(violations).toEqual([]);
    await screenshot(docs, "api-docs");
    // Viewport-sized views of the top and of one operation, to look at.
    await docs.screenshot({ path: ".test-results/screenshots/api-docs-top.png" });
    await docs.locator("#createEmployee").scrollIntoViewIfNeeded();
    await docs.screenshot({ path: ".test-results/screenshots/api-docs-operation.png" });
    await docs.close();
  });
});
