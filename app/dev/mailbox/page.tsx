import { notFound } from "next/navigation";
import { requireTenant } from "@/lib/auth/tenant";
import { isDevMailboxEnabled, listDevMail } from "@/lib/services/dev-mailbox";

export const metadata = { title: "Dev mailbox" };

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  await requireTenant();
  const messages = await listDevMail();
  const { id } = await searchParams;
  const open = messages.find((m) => m.id === id) ?? messages[0];
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 p-4 lg:flex-row">
      <section aria-labelledby="inbox" className="lg:w-96">
        <h1 id="inbox" className="mb-2 text-xl font-bold">
          Development mailbox
        </h1>
        <p className="mb-3 text-sm text-gray-600">
          Messages the app sent through the local SMTP sink. Not available in production.
        </p>
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {messages.map((m) => (
            <li key={m.id}>
              <a
                href={`/dev/mailbox?id=${m.id}`}
                aria-current={m.id === open?.id ? "true" : undefined}
                className="block px-3 py-2 hover:bg-gray-50 aria-[current=true]:bg-blue-50"
              >
                <span className="block truncate font-medium">{m.subject}</span>
                <span className="block truncate text-xs text-gray-600">
                  {m.to} · {m.date}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {open ? (
        <section aria-label={open.subject} className="flex-1">
          <iframe
            title={open.subject}
            srcDoc={open.html || `<pre>${open.text.replace(/</g, "&lt;")}</pre>`}
            sandbox=""
            className="h-[80vh] w-full rounded border border-gray-200 bg-white"
          />
        </section>
      ) : null}
    </main>
  );
}
