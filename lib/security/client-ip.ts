/**
 * The client address for rate limiting. Zairyu runs behind a reverse proxy that sets or appends
 * X-Forwarded-For (see SECURITY.md); the right-most entry is the one our proxy wrote, so a client
 * cannot pick its own address by sending the header itself. Without a proxy, Next fills the header
 * from the socket. Only a per-IP limit depends on this; per-account limits hold whatever the IP.
 */
export function rateLimitIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  const ip = last || headers.get("x-real-ip") || "";
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip.toLowerCase() : "unknown";
}
