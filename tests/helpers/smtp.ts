import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  received: ParsedMail[];
  /** Messages refused so far (each one a failed attempt the sender must retry). */
  refused: number;
  /** While true, every message is refused with a temporary 451; the sender retries with backoff. */
  isRefusing: boolean;
  /** Recipients refused (451) while listed, whatever isRefusing says: one email of a batch failing. */
  refusedRecipients: Set<string>;
  stop: () => Promise<void>;
};

/** An in-process SMTP server the test controls: it can refuse for a while, and keeps what it accepted. */
export async function startTestSmtp(opts: { isRefusing?: boolean } = {}): Promise<TestSmtp> {
  const state = {
    refused: 0,
    isRefusing: opts.isRefusing ?? false,
    refusedRecipients: new Set<string>(),
    received: [] as ParsedMail[],
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (state.isRefusing || to.some((address) => state.refusedRecipients.has(address))) {
          state.refused++;
          const error = Object.assign(new Error("451 4.3.0 try again later"), { responseCode: 451 });
          return callback(error);
        }
        state.received.push(await simpleParser(Buffer.concat(chunks)));
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as TestSmtp;
}
