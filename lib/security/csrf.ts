/**
 * Cross-site request forgery guard for every mutation, in front of the app (proxy.ts). Next checks the
 * Origin of server actions itself and Auth.js has its own token; this covers route handlers too, and
 * refuses before any of our code runs.
 *
 * Rule: an unsafe method (anything but GET/HEAD/OPTIONS) that carries cookies — the only way a forged
 * request can act as someone — must come from our own origin. Browsers always send Origin on such
 * requests (and Sec-Fetch-Site); requests without cookies (API clients with a bearer key, health
 * probes) cannot ride anyone's session and are left to their own authentication.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type CsrfRequest = { method: string; headers: Pick<Headers, "get"> };

export function isCrossSiteMutation(request: CsrfRequest): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const h = request.headers;
  if (!h.get("cookie")) return false;
  if (h.get("sec-fetch-site") === "cross-site") return true;
  const origin = h.get("origin");
  // No Origin: not a browser (every current browser sends one on a cookie-carrying POST).
  if (origin === null) return false;
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]?.trim().toLowerCase();
  return !host || hostOf(origin) !== host;
}

/** `null` (sandboxed frames, privacy redirects) and garbage never match a host. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
