import type { ReactNode } from "react";

/** What a list shows when it has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-gray-300 bg-white p-6 text-center text-gray-600">
      {children}
    </p>
  );
}
