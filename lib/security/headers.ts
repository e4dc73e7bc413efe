/**
 * The response headers every page and route carries. Pure: proxy.ts passes in what it knows about the
 * request, so the policy is testable without a server.
 *
 * Scripts run only with this response's nonce ('strict-dynamic' lets those scripts load Next's chunks);
 * there is no 'unsafe-inline' for scripts anywhere, and no 'unsafe-eval' outside `next dev`.
 */
export type PolicyOptions = {
  nonce: string;
  /** `next dev`: React's dev tools need eval and inject unnonced styles. */
  isDev: boolean;
  /** Served over https (directly or behind a proxy that says so): HSTS and upgrade-insecure-requests. */
  isHttps: boolean;
  /**
   * Pages that show stored email HTML in a sandboxed srcdoc iframe (the dev mailbox): the iframe inherits
   * this policy and emails style with attributes, so inline styles (never scripts) are allowed there.
   */
  allowsInlineStyles: boolean;
};

export function contentSecurityPolicy(o: PolicyOptions): string {
  const styles = o.isDev || o.allowsInlineStyles ? "'self' 'unsafe-inline'" : `'self' 'nonce-${o.nonce}'`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.isDev ? " 'unsafe-eval'" : ""}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...(o.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The rest of the hardening headers. HSTS only over https: browsers ignore it on http anyway. */
export function securityHeaders(o: PolicyOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(o),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, which
    // would defeat the Origin checks of server actions and of lib/security/csrf.ts.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy":
      "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(o.isHttps ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
