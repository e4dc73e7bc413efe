import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { readMailbox, recipients } from "../helpers/mailbox";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
const PASSWORD = "auth-hardening-123";
const INVALID = "メールアドレスまたはパスワードが正しくありません";
const LIMITED = "試行回数が多すぎます";
const SESSION_COOKIE = "authjs.session-token";
let browser: Browser;
let ownerEmail = "";

/** Each context claims its own client address, so these tests never share a per-IP budget. */
const newContext = (ip: string) =>
  browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "x-forwarded-for": ip } });
const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies(base)).find((c) => c.name === SESSION_COOKIE);

async function passwordSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.locator("#f-email").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
}

async function failedSignInMessage(page: Page, email: string): Promise<string> {
  await passwordSignIn(page, email, "wrong-password-9");
  const alert = page
    .locator("[role=alert], [role=status]")
    .filter({ hasText: new RegExp(`${INVALID}|${LIMITED}`) })
    .first();
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext("203.0.113.51");
  const page = await context.newPage();
  ownerEmail = `auth-${crypto.randomUUID().slice(0, 8)}@example.test`;
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill("株式会社認証検査");
  await page.getByLabel("あなたの氏名").fill("認証 花子");
  await page.getByLabel("メールアドレス").fill(ownerEmail);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

describe("sessions", () => {
  it("sign-in replaces a planted session cookie with a fresh one, and every sign-in mints a new one", async () => {
    const context = await newContext("203.0.113.52");
    await context.addCookies([{ name: SESSION_COOKIE, value: "planted-by-an-attacker", url: base }]);
    const page = await context.newPage();
    await page.goto(`${base}/dashboard`);
    await page.waitForURL("**/sign-in");
    await passwordSignIn(page, ownerEmail, PASSWORD);
    await page.waitForURL("**/dashboard");
    const first = await sessionCookie(context);
    expect(first?.value).toBeTruthy();
    expect(first?.value).not.toBe("planted-by-an-attacker");
    expect(first).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // Served over plain http here, so not Secure; with an https APP_URL Auth.js sets Secure and the __Secure- prefix.
    expect(first?.secure).toBe(false);

    await page.getByRole("button", { name: "サインアウト" }).click();
    await page.waitForURL("**/sign-in");
    expect(await sessionCookie(context)).toBeUndefined();
    await passwordSignIn(page, ownerEmail, PASSWORD);
    await page.waitForURL("**/dashboard");
    const second = await sessionCookie(context);
    expect(second?.value).toBeTruthy();
    expect(second?.value).not.toBe(first?.value);
    await context.close();
  });
});

describe("sign-out", () => {
  it("ends the session everywhere: a copied session cookie stops working once its owner signs out", async () => {
    const context = await newContext("203.0.113.59");
    const page = await context.newPage();
    await passwordSignIn(page, ownerEmail, PASSWORD);
    await page.waitForURL("**/dashboard");
    const stolen = await sessionCookie(context);
    expect(stolen).toBeTruthy();
    const thief = await newContext("198.51.100.99");
    await thief.addCookies([{ name: SESSION_COOKIE, value: stolen?.value ?? "", url: base }]);
    const thiefPage = await thief.newPage();
    // Control: before the sign-out, the copy works.
    await thiefPage.goto(`${base}/dashboard`);
    expect(new URL(thiefPage.url()).pathname).toBe("/dashboard");
    await page.getByRole("button", { name: "サインアウト" }).click();
    await page.waitForURL("**/sign-in");
    await thiefPage.goto(`${base}/dashboard`);
    await thiefPage.waitForURL("**/sign-in");
    await thief.close();
    await context.close();
  });
});

describe("sign-in rate limits (no account enumeration)", () => {
  it("ten failures, then 'too many attempts' — the same sequence for a registered and an unknown email", async () => {
    const sequences: string[][] = [];
    for (const [email, ip] of [
      [ownerEmail, "203.0.113.53"],
      [`nobody-${crypto.randomUUID().slice(0, 8)}@example.test`, "203.0.113.54"],
    ] as const) {
      const context = await newContext(ip);
      const page = await context.newPage();
      const messages: string[] = [];
      for (let i = 0; i < 11; i++)
        messages.push((await failedSignInMessage(page, email)).includes(LIMITED) ? "limited" : "invalid");
      sequences.push(messages);
      if (email === ownerEmail) await screenshot(page, "security-sign-in-rate-limited-ja");
      await context.close();
    }
    expect(sequences[0]).toEqual([...Array(10).fill("invalid"), "limited"]);
    expect(sequences[1]).toEqual(sequences[0]);
  });

  it("a locked account refuses even the right password, but its magic link still works", async () => {
    const context = await newContext("203.0.113.55");
    const page = await context.newPage();
    await passwordSignIn(page, ownerEmail, PASSWORD);
    await page.getByText(LIMITED).waitFor();
    expect(page.url()).toContain("/sign-in");
    await page.goto(`${base}/sign-in`);
    await page.locator("#magic-email").fill(ownerEmail);
    await page.getByRole("button", { name: "リンクを送信" }).click();
    await page.waitForURL("**/sign-in/check-email**");
    await context.close();
  });

  it("posting straight to Auth.js meets the same limit", async () => {
    const email = `direct-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const locations: string[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        headers: {
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": "203.0.113.56",
        },
        body: new URLSearchParams({ csrfToken, email, password: "wrong-password-9" }),
        redirect: "manual",
      });
      locations.push(response.headers.get("location") ?? "");
    }
    expect(locations.slice(0, 10).every((l) => /code=credentials/.test(l))).toBe(true);
    expect(locations[10]).toMatch(/code=rate_limited/);
  });

  it("magic links: five an hour per email, then the same refusal for a registered and an unknown email", async () => {
    const ownerMailsBefore = (await readMailbox()).filter((m) => recipients(m).includes(ownerEmail)).length;
    for (const [email, ip] of [
      [ownerEmail, "203.0.113.57"],
      [`nobody-${crypto.randomUUID().slice(0, 8)}@example.test`, "203.0.113.58"],
    ] as const) {
      const context = await newContext(ip);
      const page = await context.newPage();
      // The owner already asked once above (the locked-account test), so four more reach the limit.
      const allowed = email === ownerEmail ? 4 : 5;
      for (let i = 0; i <= allowed; i++) {
        await page.goto(`${base}/sign-in`);
        await page.locator("#magic-email").fill(email);
        await page.getByRole("button", { name: "リンクを送信" }).click();
        if (i < allowed) await page.waitForURL("**/sign-in/check-email**");
        else await page.getByText(LIMITED).waitFor();
      }
      await context.close();
    }
    await new Promise((r) => setTimeout(r, 500));
    const ownerMails = (await readMailbox()).filter((m) => recipients(m).includes(ownerEmail)).length;
    expect(ownerMails - ownerMailsBefore).toBe(4);
  });
});
