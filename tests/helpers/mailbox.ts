import fs from "node:fs/promises";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";

/** Reads what the test SMTP sink stored (scripts/test.ts passes DEV_MAILBOX_DIR). */
export async function readMailbox(): Promise<ParsedMail[]> {
  const dir = process.env.DEV_MAILBOX_DIR;
  if (!dir) throw new Error("DEV_MAILBOX_DIR is not set: run through npm test");
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".eml")).sort();
  return Promise.all(names.map(async (n) => simpleParser(await fs.readFile(path.join(dir, n)))));
}

export function recipients(mail: ParsedMail): string {
  return (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? "").join(",");
}

export async function waitForMail(
  match: (mail: ParsedMail) => boolean,
  timeoutMs = 20_000,
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await readMailbox()).find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("no matching email arrived");
}
