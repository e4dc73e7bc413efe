"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

/**
 * What any page shows when rendering it failed on the server — most often the database being
 * unreachable for a moment (tests/e2e/fault-postgres.test.ts). Static Japanese and English: this must
 * render without the messages or the database that may be what failed. Nothing about the error is shown
 * but Next's digest, which the server log carries too.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  // The failure was on the server: fetch the page again, then leave the error state.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main className="mx-auto max-w-xl p-6">
      <div role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-5 text-amber-950">
        <h1 className="text-lg font-bold">ページを表示できませんでした</h1>
        <p className="mt-2 text-sm">
          一時的な問題です。保存済みのデータには影響ありません。少し待ってからもう一度お試しください。
        </p>
        <h2 className="mt-4 text-lg font-bold" lang="en">
          This page could not be shown
        </h2>
        <p className="mt-2 text-sm" lang="en">
          A temporary problem; data already saved is not affected. Please wait a moment and try again.
        </p>
        {error.digest ? <p className="mt-4 font-mono text-xs text-amber-900">ref: {error.digest}</p> : null}
        <button
          type="button"
          onClick={retry}
          className="mt-4 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          もう一度試す / Try again
        </button>
      </div>
    </main>
  );
}
