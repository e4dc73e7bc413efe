import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPrivateAddress } from "./url-policy";

export const SEND_TIMEOUT_MS = 10_000;

export class WebhookSendError extends Error {}

/**
 * POSTs one delivery and returns the status code; the response body is read and dropped (a receiver's
 * answer is not ours to store). The DNS answer is checked inside the connection's own lookup, so the
 * address we check is the address we connect to (no rebinding between check and use).
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  opts: { allowLocal: boolean; timeoutMs?: number },
): Promise<number> {
  const target = new URL(url);
  // Node may ask for one address or all of them (happy eyeballs); every answer must be public.
  const lookup = ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address)
        ? address.map((a: dns.LookupAddress) => a.address)
        : [address as string];
      if (!opts.allowLocal && addresses.some(isPrivateAddress))
        return callback(
          new WebhookSendError("refused: the host resolves to a private address"),
          address,
          family,
        );
      callback(null, address, family);
    });
  }) as unknown as LookupFunction;
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        lookup,
        timeout: opts.timeoutMs ?? SEND_TIMEOUT_MS,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
        },
      },
      (response) => {
        response.on("data", () => {});
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("timeout", () =>
      request.destroy(
        new WebhookSendError(`no answer within ${(opts.timeoutMs ?? SEND_TIMEOUT_MS) / 1000} s`),
      ),
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** A short, data-free description of a send failure for the deliveries log. */
export function describeSendError(error: unknown): string {
  if (error instanceof WebhookSendError) return error.message;
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  return (code || (error instanceof Error ? error.name : "error")).slice(0, 100);
}
