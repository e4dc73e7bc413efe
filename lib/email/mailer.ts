import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";

export type RenderedEmail = { subject: string; html: string; text: string };

const globalForMail = globalThis as unknown as { zairyuTransport?: Transporter };

/** One pooled transport per process (SMTP_URL). Sends are awaited so a failure can be retried or shown. */
function transport(): Transporter {
  if (!globalForMail.zairyuTransport) {
    const url = new URL(getEnv().SMTP_URL);
    globalForMail.zairyuTransport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === "smtps:" ? 465 : 587)),
      secure: url.protocol === "smtps:",
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      ignoreTLS: url.hostname === "127.0.0.1" || url.hostname === "localhost",
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }
  return globalForMail.zairyuTransport;
}

export async function sendEmail(to: string, email: RenderedEmail, headers: Record<string, string> = {}): Promise<string> {
  const info = await transport().sendMail({ from: getEnv().MAIL_FROM, to, subject: email.subject, html: email.html, text: email.text, headers });
  return info.messageId;
}

export function closeMailer(): void {
  globalForMail.zairyuTransport?.close();
  globalForMail.zairyuTransport = undefined;
}
