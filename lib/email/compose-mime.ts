import crypto from "node:crypto";

/** A message ready for the pool: its envelope and its bytes. */
export type Composed = { envelope: { from: string; to: string[] }; raw: Buffer };
export type Mailbox = { name: string; address: string };

const CRLF = "\r\n";
const PRINTABLE = /^[\x20-\x7e]*$/;
/** A plain ASCII address, as our own data holds them (anything else goes to nodemailer's composer). */
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$/;
/** Characters that need a quoted display name (RFC 5322 "specials"). */
const SPECIALS = /[()<>[\]:;@\\,."]/;

/**
 * An unstructured header value: as is when it is printable ASCII (folded at spaces to keep lines under
 * 78 characters), otherwise RFC 2047 encoded-words (UTF-8, base64) of at most 42 bytes each, split
 * between code points, one per folded line. `=?` is encoded too, so it can never read as an encoded-word.
 */
export function headerText(value: string, nameLength: number): string {
  if (PRINTABLE.test(value) && !value.includes("=?")) return fold(value, nameLength);
  const words: string[] = [];
  let chunk = "";
  let bytes = 0;
  for (const ch of value) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > 42 && chunk) {
      words.push(chunk);
      chunk = "";
      bytes = 0;
    }
    chunk += ch;
    bytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString("base64")}?=`).join(`${CRLF} `);
}

function fold(value: string, nameLength: number): string {
  let out = "";
  let line = nameLength + 2;
  for (const [i, word] of value.split(" ").entries()) {
    if (i > 0) {
      if (line + 1 + word.length > 78) {
        out += `${CRLF} `;
        line = 1;
      } else {
        out += " ";
        line += 1;
      }
    }
    out += word;
    line += word.length;
  }
  return out;
}

function mailbox({ name, address }: Mailbox): string {
  if (!name) return address;
  if (!PRINTABLE.test(name) || name.includes("=?")) return `${headerText(name, 0)} <${address}>`;
  return SPECIALS.test(name) ? `"${name.replace(/[\\"]/g, "\\$&")}" <${address}>` : `${name} <${address}>`;
}

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(text: string): string {
  const b64 = Buffer.from(text).toString("base64");
  let out = "";
  for (let i = 0; i < b64.length; i += 76) out += `${b64.slice(i, i + 76)}${CRLF}`;
  return out;
}

/**
 * The bytes of one multipart/alternative email (text, then HTML; UTF-8, base64 bodies), composed in one
 * pass — what nodemailer's MailComposer builds, without its tree of MIME nodes and streams (a fifth of
 * the worker's time per email in bench/email.ts). Undefined when an address is not plain ASCII: the
 * caller then takes MailComposer, which handles international domains.
 */
export function composeAlternative(opts: {
  from: Mailbox;
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  date?: Date;
}): Composed | undefined {
  if (!PLAIN_ADDRESS.test(opts.from.address)) return undefined;
  for (const to of opts.to) if (!PLAIN_ADDRESS.test(to)) return undefined;
  for (const [key, value] of Object.entries(opts.headers))
    if (!/^[A-Za-z0-9-]+$/.test(key) || !PRINTABLE.test(value)) return undefined;
  const boundary = `--_zairyu-${crypto.randomBytes(12).toString("hex")}`;
  let head = "";
  for (const [key, value] of Object.entries(opts.headers)) head += `${key}: ${value}${CRLF}`;
  if (!opts.headers["Message-ID"])
    head += `Message-ID: <${crypto.randomUUID()}@${opts.from.address.split("@")[1]}>${CRLF}`;
  head +=
    `From: ${mailbox(opts.from)}${CRLF}` +
    `To: ${fold(opts.to.join(", "), 2)}${CRLF}` +
    `Subject: ${headerText(opts.subject, 7)}${CRLF}` +
    `Date: ${(opts.date ?? new Date()).toUTCString().replace("GMT", "+0000")}${CRLF}` +
    `MIME-Version: 1.0${CRLF}` +
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"${CRLF}${CRLF}`;
  const part = (type: string, body: string) =>
    `--${boundary}${CRLF}Content-Type: ${type}; charset=utf-8${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Lines(body)}`;
  const raw = head + part("text/plain", opts.text) + part("text/html", opts.html) + `--${boundary}--${CRLF}`;
  return { envelope: { from: opts.from.address, to: [...opts.to] }, raw: Buffer.from(raw) };
}
