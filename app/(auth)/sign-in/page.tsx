import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { auth } from "@/lib/auth/config";
import { SignInForms } from "./sign-in-forms";

export const metadata = { title: "Sign in" };

/** Auth.js sends failed direct sign-ins here with ?error=…&code=…; say so in words, never which part was wrong. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; code?: string }>;
}) {
  if ((await auth())?.user) redirect("/dashboard");
  const { error, code } = await searchParams;
  const notice =
    code === "rate_limited"
      ? (await getTranslations("security"))("rateLimited")
      : error
        ? (await getTranslations("auth"))("invalid")
        : null;
  return (
    <>
      {notice ? (
        <p role="alert" className="mb-4 rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {notice}
        </p>
      ) : null}
      <SignInForms />
    </>
  );
}
