import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import MailComposer from "nodemailer/lib/mail-composer";
import { getEnv } from "@/lib/env";
import { composeAlternative, type Mailbox } from "./compose-mime";

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
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      ignoreTLS: url.hostname === "127.0.0.1" || url.hostname === "localhost",
      pool: true,
      maxConnections: 5,
      // smtp:// (and STARTTLS on it): a socket we connect ourselves, with Nagle off. Otherwise the message's
      // last small segment waits for the server to ACK the one before, which servers delay by up to 40 ms:
      // one message per ~45 ms per connection (bench/email.ts: 107/s to a local sink, ~700/s without).
      // smtps:// keeps nodemailer's own TLS socket.
      getSocket: url.protocol === "smtps:" ? undefined : connectNoDelay,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }
  return globalForMail.zairyuTransport;
}

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/** The pool only takes an already connected socket (`connection`); a failed connect goes back to nodemailer. */
function connectNoDelay(options: { host?: string; port?: number }, done: SocketCallback): void {
  const socket = net.connect({
    host: options.host ?? "localhost",
    port: options.port ?? 587,
    noDelay: true,
    timeout: 10_000,
  });
  let isSettled = false;
  const settle = (error: Error | null) => {
    if (isSettled) return;
    isSettled = true;
    socket.off("error", settle);
    socket.removeAllListeners("timeout");
    socket.setTimeout(0);
    if (!error) return done(null, { connection: socket });
    socket.destroy();
    done(error);
  };
  socket.once("error", settle);
  socket.once("timeout", () => settle(new Error("SMTP connection timed out")));
  socket.once("connect", () => settle(null));
}

/** MAIL_FROM as a mailbox, parsed once. */
function sender(): Mailbox {
  const [parsed] = addressparser(getEnv().MAIL_FROM) as { name: string; address?: string }[];
  if (!parsed?.address) throw new Error("MAIL_FROM has no address");
  return { name: parsed.name, address: parsed.address };
}
let from: Mailbox | undefined;

/**
 * Composed to one buffer first, then handed to the pool as raw bytes: streamed, the MIME parts reach the
 * socket as dozens of small writes (with Nagle off, one packet each), which cost more than the SMTP
 * conversation itself (a CPU profile of bench/email.ts's worker: a third of its busy time in socket
 * writes). Composed in one pass by ./compose-mime.ts (a sixth of MailComposer's time), or by
 * MailComposer when an address is not plain ASCII. Bodies in base64 rather than quoted-printable:
 * encoded natively instead of in JavaScript, and smaller for Japanese and the other non-Latin
 * languages (quoted-printable triples each byte).
 */
export async function sendEmail(
  to: string,
  email: RenderedEmail,
  headers: Record<string, string> = {},
): Promise<string> {
  from ??= sender();
  const composed =
    composeAlternative({ from, to: to.split(",").map((t) => t.trim()), ...email, headers }) ??
    (await composeWithNodemailer(to, email, headers));
  const info = await transport().sendMail(composed);
  return info.messageId;
}

async function composeWithNodemailer(to: string, email: RenderedEmail, headers: Record<string, string>) {
  const message = new MailComposer({
    from: getEnv().MAIL_FROM,
    to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers,
    textEncoding: "base64",
  }).compile();
  return { envelope: message.getEnvelope(), raw: await message.build() };
}

export function closeMailer(): void {
  globalForMail.zairyuTransport?.close();
  globalForMail.zairyuTransport = undefined;
  from = undefined;
}
