/**
 * The email floor, in a process of its own (as the worker is): the same messages the pipeline just sent,
 * read into memory first, then handed as raw bytes to one pooled nodemailer transport with the mailer's
 * settings (5 connections, Nagle off) all at once, so every connection is always busy. Prints the wall
 * time in ms.
 *   tsx bench/lib/raw-mail.ts <smtp url> <file listing .eml paths, one a line>
 */
import fs from "node:fs";
import net from "node:net";
import nodemailer from "nodemailer";

const [smtpUrl, listFile] = process.argv.slice(2);
if (!smtpUrl || !listFile) throw new Error("usage: raw-mail.ts <smtp url> <list file>");
const url = new URL(smtpUrl);
const messages = fs
  .readFileSync(listFile, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((file) => fs.readFileSync(file));
const transport = nodemailer.createTransport({
  host: url.hostname,
  port: Number(url.port),
  secure: false,
  ignoreTLS: true,
  pool: true,
  maxConnections: 5,
  // As lib/email/mailer.ts: the pool takes a socket already connected, with Nagle off.
  getSocket: (options, done) => {
    const socket = net.connect({
      host: options.host ?? "localhost",
      port: options.port ?? 25,
      noDelay: true,
    });
    socket.once("error", done);
    socket.once("connect", () => {
      socket.off("error", done);
      done(null, { connection: socket });
    });
  },
});
const t0 = process.hrtime.bigint();
await Promise.all(
  messages.map((raw) =>
    transport.sendMail({ envelope: { from: "no-reply@zairyu.localhost", to: ["bench@example.test"] }, raw }),
  ),
);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
transport.close();
process.stdout.write(`${JSON.stringify({ ms, sent: messages.length })}\n`);
