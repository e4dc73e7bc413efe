import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { freePort } from "./ports";
import type { Service } from "./postgres";

/**
 * A development SMTP sink: accepts every message and stores it as an .eml file in `dir`, where the
 * dev-only inbox page (and the tests) read it. Never used when SMTP_URL points at a real server.
 */
export async function startMailSink(opts: { dir: string; port?: number }): Promise<Service> {
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(opts.dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const name = `${Date.now()}-${process.pid}-${(sequence++).toString().padStart(6, "0")}.eml`;
        fs.writeFile(path.join(opts.dir, name), Buffer.concat(chunks), (error) => callback(error ?? null));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
