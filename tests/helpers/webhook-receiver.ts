import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhookSignature } from "@/lib/services/webhooks/signing";

export type Received = {
  deliveryId: string;
  event: string;
  body: string;
  eventId: string;
  isSignatureValid: boolean;
  answered: number;
};

/**
 * A webhook receiver for tests, as a customer would write it: it verifies the signature over the raw
 * body, and answers with whatever `answer` decides (e.g. 500 for the first tries, then 200).
 */
export async function startReceiver(opts: {
  secret: () => string;
  answer?: (attempt: number, eventId: string) => number;
}) {
  const received: Received[] = [];
  const attemptsByEvent = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const eventId = (JSON.parse(body) as { id: string }).id;
      const attempt = (attemptsByEvent.get(eventId) ?? 0) + 1;
      attemptsByEvent.set(eventId, attempt);
      const signature = request.headers["zairyu-signature"];
      const isSignatureValid = verifyWebhookSignature(
        typeof signature === "string" ? signature : null,
        body,
        opts.secret(),
      ).isValid;
      const answered = isSignatureValid ? (opts.answer?.(attempt, eventId) ?? 200) : 401;
      received.push({
        deliveryId: String(request.headers["zairyu-delivery"]),
        event: String(request.headers["zairyu-event"]),
        body,
        eventId,
        isSignatureValid,
        answered,
      });
      response.writeHead(answered, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks/zairyu`,
    received,
    successes: () => received.filter((r) => r.answered >= 200 && r.answered < 300),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor<T>(
  probe: () => T | Promise<T>,
  isDone: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (isDone(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms (last value: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
