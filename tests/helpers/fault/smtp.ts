import { SMTPServer } from "smtp-server";
import { freePort } from "../../../scripts/lib/ports";

/**
 * - accept: every message is taken (250) and counted;
 * - refuse: every message is refused with a temporary 451 after its data (the sender must retry);
 * - hang: new connections get no greeting and messages get no answer, so the sender's timeouts fire;
 *   what hung is dropped, never counted (a server that times out has not taken the message).
 */
export type SmtpMode = "accept" | "refuse" | "hang";

export type Delivery = { notificationId: string; messageId: string; at: number };

export type FaultSmtp = {
  url: string;
  mode: SmtpMode;
  deliveries: Delivery[];
  refused: number;
  hung: number;
  /** notification id → how many times it was delivered. */
  countsById: () => Map<string, number>;
  stop: () => Promise<void>;
};

/** Only the headers we need, read from the raw message (a full MIME parse of 5,000 emails is slow). */
function header(raw: string, name: string): string {
  const head = raw.slice(0, raw.indexOf("\r\n\r\n") >>> 0);
  return new RegExp(`^${name}:\\s*(\\S+)`, "im").exec(head)?.[1] ?? "";
}

export async function startFaultSmtp(): Promise<FaultSmtp> {
  const port = await freePort();
  const state = { mode: "accept" as SmtpMode, deliveries: [] as Delivery[], refused: 0, hung: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    // Hang: hold the greeting back for good; the client's greeting timeout closes the connection.
    onConnect(_session, callback) {
      if (state.mode !== "hang") return callback();
      state.hung++;
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.mode === "hang") return void state.hung++;
        if (state.mode === "refuse") {
          state.refused++;
          return callback(Object.assign(new Error("451 4.3.0 try again later"), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        state.deliveries.push({
          notificationId: header(raw, "X-Zairyu-Notification"),
          messageId: header(raw, "Message-ID"),
          at: Date.now(),
        });
        callback(null);
      });
    },
  });
  // A client killed mid-conversation resets its connection: expected here, not a test failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${port}`,
    countsById: () => {
      const counts = new Map<string, number>();
      for (const d of state.deliveries) counts.set(d.notificationId, (counts.get(d.notificationId) ?? 0) + 1);
      return counts;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FaultSmtp;
}
