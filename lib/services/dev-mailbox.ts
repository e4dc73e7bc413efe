import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { getEnv } from "@/lib/env";

/**
 * The development inbox: messages the local SMTP sink stored (DEV_MAILBOX_DIR). Exists only when the
 * demo runs its own sink; with a real SMTP_URL there is nothing to read and the page is a 404.
 */
export function isDevMailboxEnabled(): boolean {
  return Boolean(getEnv().DEV_MAILBOX_DIR);
}

export async function listDevMail(limit = 50) {
  const dir = getEnv().DEV_MAILBOX_DIR;
  if (!dir) return [];
  const names = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((n) => n.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    names.map(async (name) => {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, name)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
      return {
        id: name.replace(/\.eml$/, ""),
        subject: parsed.subject ?? "",
        to,
        date: parsed.date?.toISOString() ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        text: parsed.text ?? "",
      };
    }),
  );
}
