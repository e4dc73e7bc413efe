import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="mt-3" role="status">
        {t("checkEmailBody")}
      </p>
      <Link href="/sign-in" className="mt-4 inline-block font-semibold text-accent underline">
        {t("backToSignIn")}
      </Link>
    </div>
  );
}
