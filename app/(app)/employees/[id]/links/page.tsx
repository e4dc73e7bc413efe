import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { getEmployee } from "@/lib/services/get-employee";
import { listEmployeeLinks } from "@/lib/services/self-service/manage-links";
import { loadOr404 } from "../load";
import { RevokeForm, SendLinkForm } from "./link-forms";

export const metadata = { title: "Personal links" };

const STATE_STYLE = {
  active: "bg-green-100 text-green-900",
  expired: "bg-gray-200 text-gray-800",
  revoked: "bg-red-100 text-red-900",
} as const;

/** HR's view of an employee's personal links: send a fresh one by email, stop one or all. */
export default async function EmployeeLinksPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const session = await requireTenant();
  const { id } = await params;
  const { done } = await searchParams;
  const [{ employee }, links] = await loadOr404(() =>
    Promise.all([getEmployee(session, id), listEmployeeLinks(session, id)]),
  );
  const t = await getTranslations("employeeLinks");
  const locale = await getLocale();
  const when = (d: Date | null) =>
    d
      ? new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
          dateStyle: "medium",
          timeStyle: "short",
          timeZone: "Asia/Tokyo",
        }).format(d)
      : t("never");
  const canWrite = session.actor.role !== "viewer" && !employee.archivedAt;
  const hasActive = links.some((l) => l.state === "active");
  return (
    <div className="flex max-w-5xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("title", { name: employee.nameOnCard })}</h1>
        <p className="mt-1 text-sm text-gray-600">{t("help")}</p>
      </div>
      {done === "sent" || done === "revoked" ? (
        <p
          role="status"
          className="rounded-md border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900"
        >
          {done === "sent" ? t("sent") : t("revokedDone")}
        </p>
      ) : null}
      {canWrite ? (
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          {employee.email ? (
            <SendLinkForm employeeId={employee.id} />
          ) : (
            <p className="text-amber-900">{t("noEmail")}</p>
          )}
        </section>
      ) : null}
      {links.length === 0 ? (
        <p className="rounded-md border border-dashed border-gray-300 bg-white p-4 text-gray-600">
          {t("none")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full border-collapse text-sm">
            <thead className="sticky top-0 bg-gray-50 text-left">
              <tr>
                {[t("created"), t("scope"), t("expires"), t("lastUsed"), t("state")].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold">
                    {h}
                  </th>
                ))}
                {canWrite ? (
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("revoke")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id} className="border-t border-gray-100" data-testid="link-row">
                  <td className="whitespace-nowrap px-3 py-2">{when(l.createdAt)}</td>
                  <td className="px-3 py-2">
                    {l.scope === "duties" ? t("scopeDuties") : t("scopeCardUpdate")}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{when(l.expiresAt)}</td>
                  <td className="whitespace-nowrap px-3 py-2">{when(l.lastUsedAt)}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded px-2 py-0.5 font-medium ${STATE_STYLE[l.state]}`}>
                      {t(l.state)}
                    </span>
                  </td>
                  {canWrite ? (
                    <td className="px-3 py-2">
                      {l.state === "active" ? (
                        <RevokeForm employeeId={employee.id} tokenId={l.id} label={t("revoke")} />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && hasActive ? (
        <div>
          <RevokeForm employeeId={employee.id} label={t("revokeAll")} />
        </div>
      ) : null}
    </div>
  );
}
