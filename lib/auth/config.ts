import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { sendEmail } from "@/lib/email/mailer";
import { magicLinkEmail } from "@/lib/email/templates/magic-link";
import { getEnv } from "@/lib/env";
import { isSessionRevoked, newSessionId, revokeSession } from "@/lib/security/session-revocation";
import { SignInRateLimited } from "@/lib/security/sign-in-error";
import { magicLinkAttempt, passwordAttempt, RATE_LIMITED_PATH } from "@/lib/security/sign-in-limits";
import { ZSignInRequest } from "@/lib/validation/account";
import { verifyPassword } from "./password";

/**
 * Auth.js v5: password (argon2id) and emailed magic link, JWT sessions that expire after 8 hours.
 * The config is built on first request (not at import) so `next build` needs no secrets.
 * Users and tokens are global tables, reached through the system connection.
 * Both providers are rate-limited per IP and per account (lib/security/sign-in-limits.ts) here, where
 * every path in — our forms and direct posts to /api/auth — has to pass.
 */
const SESSION_MAX_AGE = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const { db } = systemConnection();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Secure (and __Secure-/__Host- prefixed) cookies exactly when the public URL is https; Auth.js's cookies
    // are httpOnly and SameSite=Lax. Fixed from configuration, not guessed per request.
    useSecureCookies: env.APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const attempt = await passwordAttempt(String(raw?.email ?? ""), request.headers);
          if (!attempt.allowed) throw new SignInRateLimited();
          const parsed = ZSignInRequest.safeParse({ email: raw?.email, password: raw?.password });
          if (!parsed.success) return null;
          const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
          // The same work and the same answer whether the email is unknown or the password wrong.
          const isValid = await verifyPassword(user?.passwordHash, parsed.data.password);
          if (!isValid || !user) return null;
          await attempt.succeeded();
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      Nodemailer({
        server: env.SMTP_URL,
        from: env.MAIL_FROM,
        maxAge: 24 * 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          // No account, no email, and the same "check your inbox" page: nobody learns which emails exist.
          const [user] = await db
            .select({ locale: users.locale })
            .from(users)
            .where(eq(users.email, identifier.toLowerCase()));
          if (!user) return;
          await sendEmail(identifier, magicLinkEmail({ url, locale: user.locale }));
        },
      }),
    ],
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (typeof token?.sid === "string")
          await revokeSession(
            token.sid,
            typeof token.exp === "number" ? token.exp - Date.now() / 1000 : SESSION_MAX_AGE,
          );
      },
    },
    callbacks: {
      // Runs before a magic link is made: a refused request gets no token and no email.
      async signIn({ user, email }) {
        if (!email?.verificationRequest) return true;
        const attempt = await magicLinkAttempt(user.email ?? "", await headers());
        return attempt.allowed ? true : RATE_LIMITED_PATH;
      },
      // A fresh session id at every sign-in; a signed-out id (lib/security/session-revocation.ts) ends the session.
      async jwt({ token, user }) {
        if (user?.id) return { ...token, sub: user.id, sid: newSessionId() };
        if (typeof token.sid === "string" && (await isSessionRevoked(token.sid))) return null;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
