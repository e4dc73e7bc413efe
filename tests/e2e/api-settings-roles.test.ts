import crypto from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { createWebhookEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import {
  type CapturedAction,
  captureAction,
  replayAction,
  tenantFingerprint,
} from "../helpers/security-replay";
import { startReceiver, waitFor } from "../helpers/webhook-receiver";

/**
 * API keys and webhooks are for owners and admins. Each settings action is captured from the owner's
 * browser (and stopped), then replayed as an HR member, a viewer, another company and another origin:
 * none may change a row. The owner's own replay must change something (the replay is real).
 */
type ActionCase = {
  name: string;
  path: () => string;
  submit: (page: Page) => Promise<void>;
  /** Waits for what the action set going in the background to finish, so it cannot change a later fingerprint. */
  settle?: () => Promise<void>;
};

const base = process.env.E2E_BASE_URL ?? "";
const PASSWORD = "roles-probe-123";
const FORBIDDEN = "この操作を行う権限がありません";
const sql = ownerSql();
let browser: Browser;
const as: Record<"owner" | "hr" | "viewer" | "other", BrowserContext | undefined> = {
  owner: undefined,
  hr: undefined,
  viewer: undefined,
  other: undefined,
};
let companyId = "";
let resendSecret = "";
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
let disableEndpointId = "";
let resendEndpointId = "";

const ACTIONS: ActionCase[] = [
  {
    name: "create API key",
    path: () => "/settings/api-keys",
    submit: async (page) => {
      await page.getByLabel("キーの名前").fill("Probe key");
      await page.getByRole("button", { name: "キーを作成" }).click();
    },
  },
  {
    name: "revoke API key",
    path: () => "/settings/api-keys",
    submit: async (page) => {
      page.once("dialog", (dialog) => void dialog.accept());
      await page
        .getByRole("form", { name: /Existing key/ })
        .getByRole("button", { name: "無効化" })
        .click();
    },
  },
  {
    name: "add webhook endpoint",
    path: () => "/settings/webhooks",
    submit: async (page) => {
      await page.getByLabel("送信先 URL").fill("https://hooks.example.com/probe");
      await page.getByRole("button", { name: "送信先を追加" }).click();
    },
  },
  {
    name: "re-send a delivery",
    path: () => `/settings/webhooks/${resendEndpointId}`,
    submit: async (page) => {
      await page.getByRole("button", { name: "再送" }).click();
    },
    // The owner's replay puts the delivery back to pending: the worker sends it to the receiver (200)
    // within its dispatch interval. Left pending against a refusing address, its retries (20 s, 40 s …)
    // would change the row during the next action's checks.
    settle: async () => {
      await waitFor(
        async () =>
          (await sql`select status from webhook_deliveries where endpoint_id = ${resendEndpointId}`)
            .map((r) => r.status)
            .join(),
        (statuses) => statuses === "delivered",
        60_000,
      );
    },
  },
  {
    name: "disable webhook endpoint",
    path: () => "/settings/webhooks",
    submit: async (page) => {
      page.once("dialog", (dialog) => void dialog.accept());
      await page
        .getByRole("form", { name: /disable-me/ })
        .getByRole("button", { name: "停止" })
        .click();
    },
  },
];

async function signIn(email: string, ip: string): Promise<BrowserContext> {
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

async function member(
  company: string,
  role: "owner" | "hr" | "viewer",
  ip: string,
): Promise<{ context: BrowserContext; userId: string; companyId: string }> {
  const email = `roles-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const [user] =
    await sql`insert into users (email, name, password_hash, locale) values (${email}, ${role}, ${await hashPassword(PASSWORD)}, 'ja') returning id`;
  const [created] =
    role === "owner"
      ? await sql`insert into companies (legal_name_ja) values (${company}) returning id`
      : [{ id: company }];
  await sql`insert into memberships (company_id, user_id, role) values (${created?.id}, ${user?.id}, ${role})`;
  return { context: await signIn(email, ip), userId: String(user?.id), companyId: String(created?.id) };
}

beforeAll(async () => {
  receiver = await startReceiver({ secret: () => resendSecret });
  browser = await launchBrowser();
  const owner = await member("株式会社キー管理", "owner", "203.0.113.81");
  companyId = owner.companyId;
  as.owner = owner.context;
  as.hr = (await member(companyId, "hr", "203.0.113.82")).context;
  as.viewer = (await member(companyId, "viewer", "203.0.113.83")).context;
  as.other = (await member("他社キー管理株式会社", "owner", "203.0.113.84")).context;
  const ctx = {
    companyId,
    actor: { type: "user" as const, id: owner.userId, role: "owner" as const },
    locale: "ja" as const,
  };
  await createApiKey(ctx, { name: "Existing key", scopes: ["read"] });
  disableEndpointId = (
    await createWebhookEndpoint(ctx, { url: "http://127.0.0.1:9/disable-me", events: ["duty.created"] })
  ).id;
  const resend = await createWebhookEndpoint(ctx, {
    url: `${receiver.url}/resend-me`,
    events: ["duty.created"],
  });
  resendEndpointId = resend.id;
  resendSecret = resend.secret;
  await sql`insert into webhook_deliveries (company_id, endpoint_id, event_type, event_key, payload, status, attempts, last_error)
    values (${companyId}, ${resendEndpointId}, 'duty.created', ${`duty.created:${crypto.randomUUID()}`}, '{}'::jsonb, 'failed', 8, 'ECONNREFUSED')`;
  expect(disableEndpointId).not.toBe("");
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await sql.end();
});

describe("HR members and viewers see no keys, secrets or endpoints", () => {
  it.each(["hr", "viewer"] as const)(
    "%s: the settings pages say who manages them, and list nothing",
    async (role) => {
      const page = await (as[role] as BrowserContext).newPage();
      for (const path of ["/settings/api-keys", "/settings/webhooks"]) {
        await page.goto(`${base}${path}`);
        await page.getByText("オーナーと管理者のみが管理できます").waitFor();
        expect(await page.content()).not.toMatch(/Existing key|disable-me|zk_/);
      }
      expect((await page.goto(`${base}/settings/webhooks/${resendEndpointId}`))?.status()).toBe(404);
      await page.close();
    },
  );
});

describe.each(ACTIONS)("settings action: $name", (action) => {
  let captured: CapturedAction;

  beforeAll(async () => {
    const page = await (as.owner as BrowserContext).newPage();
    await page.goto(`${base}${action.path()}`);
    captured = await captureAction(page, () => action.submit(page));
    await page.close();
  });

  it.each(["hr", "viewer"] as const)(
    "%s of the same company is refused and nothing changes",
    async (role) => {
      const before = await tenantFingerprint(sql, companyId);
      const response = await replayAction(captured, as[role] as BrowserContext);
      expect(response.text).toContain(FORBIDDEN);
      expect(await tenantFingerprint(sql, companyId)).toEqual(before);
    },
  );

  it("another company's owner changes nothing of this company", async () => {
    const before = await tenantFingerprint(sql, companyId);
    await replayAction(captured, as.other as BrowserContext);
    expect(await tenantFingerprint(sql, companyId)).toEqual(before);
  });

  it("the owner's session from another origin is refused", async () => {
    const before = await tenantFingerprint(sql, companyId);
    expect(
      (await replayAction(captured, as.owner as BrowserContext, { origin: "https://evil.example" })).status,
    ).toBe(403);
    expect(await tenantFingerprint(sql, companyId)).toEqual(before);
  });

  it("control: the owner's own replay does change the company", async () => {
    const before = await tenantFingerprint(sql, companyId);
    await replayAction(captured, as.owner as BrowserContext);
    await action.settle?.();
    expect(await tenantFingerprint(sql, companyId)).not.toEqual(before);
  });
});
