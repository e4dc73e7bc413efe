import { isIP } from "node:net";
import { getEnv } from "@/lib/env";

/**
 * Where webhooks may go. Public HTTPS only: a company must not be able to make our servers call
 * their own internals (SSRF). In development and test, http://localhost and 127.0.0.1 are allowed too
 * so a local receiver works. The address is checked again at connect time (see http-post.ts), after
 * DNS, so a name that resolves to a private address is refused as well.
 */
export function allowsLocalWebhooks(): boolean {
  return getEnv().NODE_ENV !== "production";
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isAcceptableWebhookUrl(raw: string, allowLocal = allowsLocalWebhooks()): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (raw.length > 2000 || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (allowLocal && LOCAL_HOSTS.has(host) && (url.protocol === "http:" || url.protocol === "https:"))
    return true;
  if (url.protocol !== "https:") return false;
  if (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host.endsWith(".internal") ||
    (!host.includes(".") && !host.startsWith("["))
  )
    return false;
  const literal = host.replace(/^\[|\]$/g, "");
  return !(isIP(literal) && isPrivateAddress(literal));
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges (IPv4 and IPv6). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19))
    );
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}
