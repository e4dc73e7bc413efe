import fs from "node:fs";
import { AppError } from "@/lib/errors";

/**
 * HTML → PDF with the Chromium the browser tests already use (Debian's `chromium`; the Japanese font
 * comes from the system, installed by scripts/ensure-system.sh). Chosen over a PDF library because it
 * typesets Japanese correctly with no font embedding code of our own and needs no new package; the
 * cost, a short-lived browser per export (about a second), suits a rare data-subject request.
 *
 * The page is locked down: no JavaScript, offline, and every request aborted — it prints only the
 * escaped HTML it is given. Without Chromium the PDF is unavailable (503); the JSON export still works.
 */
const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export async function renderPdf(html: string): Promise<Buffer> {
  const executablePath = CANDIDATES.find((p) => fs.existsSync(p));
  if (!executablePath)
    throw new AppError(
      "unavailable",
      "PDF export needs Chromium on the server (scripts/ensure-system.sh browser); the JSON export works without it",
    );
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-sync",
      "--disable-component-update",
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
