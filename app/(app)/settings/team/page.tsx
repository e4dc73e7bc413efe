import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { listTeam } from "@/lib/services/team";
import { InviteForm } from "./invite-form";

export const metadata = { title: "Team" };

export default async function TeamPage() {
  const session = await requireTenant();
  const t = await getTranslations("team");
  const { members, pending } = await listTeam(session);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <span>
              <span className="font-medium">{m.name ?? m.email}</span>{" "}
              <span className="text-sm text-gray-600">{m.email}</span>
            </span>
            <span className="rounded bg-gray-100 px-2 py-0.5 text-sm">{t(`roles.${m.role}`)}</span>
          </li>
        ))}
        {pending.map((p) => (
          <li
            key={p.id}
            className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-gray-600"
          >
            <span>{p.email}</span>
            <span className="text-sm">
              {t("pending")} · {t(`roles.${p.role}`)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-gray-600">{t("viewerNote")}</p>
      {session.actor.role === "owner" ? (
        <section
          aria-labelledby="invite-heading"
          className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="invite-heading" className="font-semibold">
            {t("invite")}
          </h2>
          <InviteForm />
        </section>
      ) : null}
    </div>
  );
}
