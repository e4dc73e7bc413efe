import { CredentialsSignin } from "next-auth";

/**
 * Thrown from `authorize` when a sign-in limit refuses: Auth.js passes CredentialsSignin subclasses
 * through with their code (the sign-in action shows "too many attempts"; a direct post to /api/auth
 * lands on /sign-in?error=CredentialsSignin&code=rate_limited). Apart from sign-in-limits.ts so that
 * file stays importable outside Next.
 */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}
