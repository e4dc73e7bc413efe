import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAV_ITEMS, SETTINGS_ITEMS } from "@/app/(app)/nav-items";
import { launchBrowser } from "../helpers/browser";
import { screenshot } from "../helpers/screenshots";

const base = process.env.E2E_BASE_URL ?? "";
let browser: Browser;
let context: BrowserContext;
let employeePath = "";

/** Collects CSP violations from the page itself (securitypolicyviolation) and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__reportCsp", (line: string) => seen.push(`${page.url()}: ${line}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    locale: "ja-JP",
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.41" },
  });
  const page = await context.newPage();
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill("株式会社ヘッダー検査");
  await page.getByLabel("あなたの氏名").fill("検査 太郎");
  await page.getByLabel("メールアドレス").fill(`csp-${crypto.randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("パスワード").fill("csp-password-123");
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
  await page.goto(`${base}/employees/new`);
  await page.getByLabel("氏名 (在留カードの表記)").fill("LE VAN CSP");
  await page.getByLabel("国籍・地域").selectOption("VN");
  await page.getByLabel("生年月日").fill("1996-05-05");
  await page.getByLabel("性別").selectOption("M");
  await page.getByLabel("在留資格").selectOption("engineer_specialist");
  await page.getByLabel("在留期間の満了日").fill("2028-03-31");
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
  employeePath = new URL(page.url()).pathname;
  // An email for the development mailbox to show (its sandboxed iframe inherits the page's policy).
  await page.goto(`${base}/settings/team`);
  await page.getByLabel("メールアドレス").fill(`invitee-${crypto.randomUUID().slice(0, 8)}@example.test`);
  await page.getByRole("button", { name: "招待メールを送信" }).click();
  await page.getByRole("status").waitFor();
  await page.close();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("security headers and a strict CSP, in a real Chromium", () => {
  it("every page runs with nonce-only scripts and no CSP violation", async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const paths = [
      "/dashboard",
      ...NAV_ITEMS.map((i) => i.href),
      ...SETTINGS_ITEMS.map((i) => i.href),
      "/employees/new",
      employeePath,
      `${employeePath}/edit`,
      `${employeePath}/card`,
      "/dev/mailbox",
    ];
    for (const path of new Set(paths)) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      const csp = response?.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path} has a nonce`).toBeTruthy();
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      // Next's inline flight scripts ran (they carry the nonce), and every script carries this response's nonce.
      const state = await page.evaluate(() => ({
        flight: Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f),
        nonces: [...document.scripts].map((s) => s.nonce),
      }));
      expect(state.flight, `${path} hydrated`).toBe(true);
      expect(new Set(state.nonces), path).toEqual(new Set([nonce]));
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it("the development mailbox shows an email with its inline styles, and no script runs in it", async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${base}/dev/mailbox`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeTruthy();
    // The email's body is styled by attribute (background #f4f5f7): allowed on this page only.
    await expect(frame?.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(
      "rgb(244, 245, 247)",
    );
    expect(await page.locator("iframe").getAttribute("sandbox")).toBe("");
    await screenshot(page, "security-dev-mailbox");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("the client works under the policy: a form posts through its server action and shows field errors", async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${base}/employees/new`);
    await page.getByRole("button", { name: "保存" }).click();
    await page.locator("[id$='-error']").first().waitFor();
    await screenshot(page, "security-csp-form-errors");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("an injected inline script without the nonce does not run and is reported", async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    // Simulate a stored-XSS hole: the server's HTML (and its real CSP header) with a script spliced in.
    await page.route(`${base}/sign-in`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        "<script>window.__pwned = true</script></body>",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${base}/sign-in`);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    await page.close();
  });

  it("a fresh nonce per response, the hardening headers, and HSTS only over https", async () => {
    const first = await fetch(`${base}/sign-in`);
    const second = await fetch(`${base}/sign-in`);
    const nonceOf = (r: Response) =>
      /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const csp = first.headers.get("content-security-policy") ?? "";
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "default-src 'self'",
    ])
      expect(csp).toContain(directive);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    expect(first.headers.get("permissions-policy")).toContain("microphone=()");
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect(first.headers.get("x-powered-by")).toBeNull();
    const overHttps = await fetch(`${base}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers.get("strict-transport-security")).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(overHttps.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    // API responses carry the same headers.
    expect((await fetch(`${base}/api/health`)).headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("cross-site request forgery", () => {
  it("a mutation carrying the session cookie from another origin is refused before the app runs", async () => {
    const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
    // A sibling subdomain is same-site, so SameSite=Lax cookies ride along: only the Origin tells.
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
      const response = await fetch(`${base}/employees/new`, {
        method: "POST",
        headers: { cookie, origin, "content-type": "text/plain", "next-action": "0".repeat(42) },
        body: "[]",
      });
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: "forbidden", message: "cross-site request refused" },
      });
    }
    const crossSite = await fetch(`${base}/api/auth/signout`, {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
  });

  it("Auth.js's own routes refuse a post without their CSRF token (no email is sent)", async () => {
    const response = await fetch(`${base}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "csrf-victim@example.test" }),
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/error=MissingCSRF/);
  });
});
