import { getTranslations } from "next-intl/server";
import { unsafeFindInvitation } from "@/lib/services/team";
import { AcceptForm } from "./accept-form";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await unsafeFindInvitation(token);
  const t = await getTranslations("auth");
  if (!invitation)
    return (
      <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4">
        {t("inviteInvalid")}
      </p>
    );
  return <AcceptForm token={token} email={invitation.email} companyName={invitation.companyName} />;
}
