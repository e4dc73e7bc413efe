import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { SignInForms } from "./sign-in-forms";

export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if ((await auth())?.user) redirect("/dashboard");
  return <SignInForms />;
}
