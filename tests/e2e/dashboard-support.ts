import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { ServiceContext } from "@/lib/services/context";
import { signUp } from "@/lib/services/sign-up";

export const base = process.env.E2E_BASE_URL ?? "";
export const PASSWORD = "dashboard-e2e-password";

/** A company and its owner through the real sign-up use case; the browser then signs in with the password. */
export async function makeOwner(companyName: string): Promise<{ email: string; ctx: ServiceContext }> {
  const email = `dash-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { userId, companyId } = await signUp(
    { companyName, name: "佐藤 一郎", email, password: PASSWORD },
    "ja",
  );
  return { email, ctx: { companyId, actor: { type: "user", id: userId, role: "owner" }, locale: "ja" } };
}

export async function signedInPage(
  browser: Browser,
  email: string,
  locale: "ja" | "en",
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({
    locale: locale === "ja" ? "ja-JP" : "en-GB",
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.locator("#f-email").fill(email);
  await page.locator("#f-password").fill(PASSWORD);
  await page.locator("form:has(#f-password) button[type=submit]").click();
  await page.waitForURL("**/dashboard");
  return page;
}

const AXE = fs.readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/**
 * axe-core's serious and critical violations on the current page (WCAG 2.1 A/AA rules). The script is
 * evaluated through the DevTools protocol, which the page's nonce-based CSP does not apply to, so the
 * page is checked exactly as served.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(" | ")}`);
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}
