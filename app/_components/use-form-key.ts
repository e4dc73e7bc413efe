"use client";

import { useRef } from "react";

/**
 * React resets a form after its action runs, and a reset <select> falls back to its first option,
 * not to the echoed value. Remounting the form on each new state restores every field to what the
 * user typed (state.values), selects included.
 */
export function useFormKey(state: unknown): number {
  const last = useRef<{ state: unknown; key: number }>({ state, key: 0 });
  if (last.current.state !== state) last.current = { state, key: last.current.key + 1 };
  return last.current.key;
}
