import type { FormState } from "@/lib/auth/action";

/** The form-level outcome, announced to screen readers. Field errors sit beside their fields. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state?.message) return null;
  const issues = state.fieldErrors ? Object.values(state.fieldErrors) : [];
  return (
    <div
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border p-3 text-sm ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      <p className="font-semibold">{state.message}</p>
      {issues.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
