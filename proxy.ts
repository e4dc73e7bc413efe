import { type NextRequest, NextResponse } from "next/server";
import { isCrossSiteMutation } from "@/lib/security/csrf";
import { securityHeaders } from "@/lib/security/headers";

/**
 * In front of every request (Next 16's proxy, formerly middleware): refuses cross-site mutations, then
 * gives the page a fresh CSP nonce. Next reads the nonce from the request's Content-Security-Policy
 * header and puts it on its own scripts, so every page must be dynamically rendered (they all are:
 * they read the session). No I/O here: it runs before everything and must not fail.
 */
export function proxy(request: NextRequest) {
  if (isCrossSiteMutation(request)) {
    return NextResponse.json(
      { error: { code: "forbidden", message: "cross-site request refused" } },
      { status: 403 },
    );
  }
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const headers = securityHeaders({
    nonce,
    // NODE_ENV is inlined by Next at build time (not a run-time setting, so not read through lib/env.ts).
    isDev: process.env.NODE_ENV === "development",
    isHttps: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    allowsInlineStyles: request.nextUrl.pathname.startsWith("/dev/mailbox"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build output is immutable and served as is; everything else (pages, actions, routes) passes here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
