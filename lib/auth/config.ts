import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { sendEmail } from "@/lib/email/mailer";
import { magicLinkEmail } from "@/lib/email/templates/magic-link";
import { getEnv } from "@/lib/env";
import { ZSignInRequest } from "@/lib/validation/account";
import { verifyPassword } from "./password";

/**
 * Auth.js v5: password (argon2id) and emailed magic link, JWT sessions that expire after 8 hours.
 * The config is built on first request (not at import) so `next build` needs no secrets.
 * Users and tokens are global tables, reached through the system connection.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const { db } = systemConnection();
  return {
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = ZSignInRequest.safeParse({ email: raw?.email, password: raw?.password });
          if (!parsed.success) return null;
          const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
          // The same work and the same answer whether the email is unknown or the password wrong.
          const isValid = await verifyPassword(user?.passwordHash, parsed.data.password);
          return isValid && user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      Nodemailer({
        server: env.SMTP_URL,
        from: env.MAIL_FROM,
        maxAge: 24 * 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          // No account, no email, and the same "check your inbox" page: nobody learns which emails exist.
          const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.email, identifier.toLowerCase()));
          if (!user) return;
          await sendEmail(identifier, magicLinkEmail({ url, locale: user.locale }));
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
