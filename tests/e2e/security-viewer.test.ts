import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import {
  type CapturedAction,
  captureAction,
  replayAction,
  tenantFingerprint,
} from "../helpers/security-replay";

/**
 * The viewer role cannot change anything, proven per server action: the owner's real request is
 * captured in the browser (and stopped), then replayed with a viewer's session, with another
 * company's session and from another origin — none may change one row of the company. Replayed with
 * the owner's own session it must change something, which proves the replay is a real request.
 *
 * To cover a new action, add a row to ACTIONS: the page it lives on and how a person submits it.
 */
type ActionCase = { name: string; path: () => string; submit: (page: Page) => Promise<void> };

const base = process.env.E2E_BASE_URL ?? "";
const PASSWORD = "viewer-probe-123";
const FORBIDDEN = "この操作を行う権限がありません";
const sql = ownerSql();
let browser: Browser;
let owner: BrowserContext;
let viewer: BrowserContext;
let otherCompany: BrowserContext;
let companyId = "";
let employeeId = "";

const ACTIONS: ActionCase[] = [
  {
    name: "create employee",
    path: () => "/employees/new",
    submit: async (page) => {
      await page.getByLabel("氏名 (在留カードの表記)").fill("PROBE PERSON");
      await page.getByLabel("国籍・地域").selectOption("PH");
      await page.getByLabel("生年月日").fill("1990-01-01");
      await page.getByLabel("性別").selectOption("F");
      await page.getByLabel("在留資格").selectOption("engineer_specialist");
      await page.getByLabel("在留期間の満了日").fill("2029-01-31");
      await page.getByRole("button", { name: "保存" }).click();
    },
  },
  {
    name: "update employee",
    path: () => `/employees/${employeeId}/edit`,
    submit: async (page) => {
      await page.getByLabel("部署").fill("Probed department");
      await page.getByRole("button", { name: "保存" }).click();
    },
  },
  {
    name: "record card",
    path: () => `/employees/${employeeId}/card`,
    submit: async (page) => {
      await page.getByLabel("在留期間の満了日").fill("2031-03-31");
      await page.getByRole("button", { name: "保存" }).click();
    },
  },
  {
    name: "archive employee",
    path: () => `/employees/${employeeId}`,
    submit: async (page) => {
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "アーカイブ" }).click();
    },
  },
  {
    name: "update company profile",
    path: () => "/settings/company",
    submit: async (page) => {
      await page.getByLabel("法人名 (英語)").fill("Probed KK");
      await page.getByRole("button", { name: "会社情報 ✓" }).click();
    },
  },
  {
    name: "add workplace",
    path: () => "/settings/company",
    submit: async (page) => {
      await page.getByLabel("事業所名").fill("Probe office");
      await page.locator("#f-address").fill("東京都千代田区1-1");
      await page.getByRole("button", { name: "事業所を追加" }).click();
    },
  },
  {
    name: "update retention period",
    path: () => "/settings/privacy",
    submit: async (page) => {
      await page.getByLabel("保存期間 (雇用終了日から)").selectOption("7");
      await page.getByRole("button", { name: "保存期間を保存" }).click();
    },
  },
  {
    name: "invite member",
    path: () => "/settings/team",
    submit: async (page) => {
      await page.getByLabel("メールアドレス").fill(`probe-${crypto.randomUUID().slice(0, 8)}@example.test`);
      await page.getByRole("button", { name: "招待メールを送信" }).click();
    },
  },
];

async function signedIn(email: string, ip: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.locator("#f-email").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "サインイン" }).click();
  await page.waitForURL("**/dashboard");
  await page.close();
  return context;
}

async function signUp(company: string, ip: string): Promise<{ context: BrowserContext; email: string }> {
  const email = `probe-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("会社名").fill(company);
  await page.getByLabel("あなたの氏名").fill("検査 次郎");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(PASSWORD);
  await page.getByRole("button", { name: "登録する" }).click();
  await page.waitForURL("**/dashboard");
  await page.close();
  return { context, email };
}

beforeAll(async () => {
  browser = await launchBrowser();
  const a = await signUp("株式会社閲覧権限", "203.0.113.71");
  owner = a.context;
  otherCompany = (await signUp("他社閲覧株式会社", "203.0.113.72")).context;
  const [membership] =
    await sql`select m.company_id from memberships m join users u on u.id = m.user_id where u.email = ${a.email}`;
  companyId = String(membership?.company_id);
  // The viewer joins company A directly in the database (the invitation flow has its own tests).
  const viewerEmail = `viewer-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const [user] =
    await sql`insert into users (email, name, password_hash, locale) values (${viewerEmail}, 'Viewer', ${await hashPassword(PASSWORD)}, 'ja') returning id`;
  await sql`insert into memberships (company_id, user_id, role) values (${companyId}, ${user?.id}, 'viewer')`;
  viewer = await signedIn(viewerEmail, "203.0.113.73");
  const page = await owner.newPage();
  await page.goto(`${base}/employees/new`);
  await ACTIONS[0]?.submit(page);
  await page.waitForURL(/\/employees\/[0-9a-f-]{36}$/);
  employeeId = page.url().split("/").at(-1) ?? "";
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await sql.end();
});

describe.each(ACTIONS)("server action: $name", (action) => {
  let captured: CapturedAction;

  beforeAll(async () => {
    const page = await owner.newPage();
    await page.goto(`${base}${action.path()}`);
    captured = await captureAction(page, () => action.submit(page));
    await page.close();
  });

  it("a viewer of the same company is refused and nothing changes", async () => {
    const before = await tenantFingerprint(sql, companyId);
    const response = await replayAction(captured, viewer);
    expect(response.status).toBe(200);
    expect(response.text).toContain(FORBIDDEN);
    expect(await tenantFingerprint(sql, companyId)).toEqual(before);
  });

  it("another company's user changes nothing of this company", async () => {
    const before = await tenantFingerprint(sql, companyId);
    await replayAction(captured, otherCompany);
    expect(await tenantFingerprint(sql, companyId)).toEqual(before);
  });

  it("the owner's own session from another origin is refused before the app runs", async () => {
    const before = await tenantFingerprint(sql, companyId);
    const response = await replayAction(captured, owner, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await tenantFingerprint(sql, companyId)).toEqual(before);
  });

  it("control: the same request with the owner's session does change the company", async () => {
    const before = await tenantFingerprint(sql, companyId);
    await replayAction(captured, owner);
    expect(await tenantFingerprint(sql, companyId)).not.toEqual(before);
  });
});
