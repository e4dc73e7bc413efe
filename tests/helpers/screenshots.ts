import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/**
 * Screenshots from the browser tests. They land in .test-results/screenshots; with
 * UPDATE_SCREENSHOTS=1 they also refresh the committed copies in docs/screenshots shown in the README.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dirs = [path.resolve(".test-results/screenshots")];
  if (process.env.UPDATE_SCREENSHOTS) dirs.push(path.resolve("docs/screenshots"));
  const buffer = await page.screenshot({ fullPage: true });
  for (const dir of dirs) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.png`), buffer);
  }
}
