import { routeOf } from "./discover";

export type ActionAnswer = { status: number; text: string };

/**
 * Calls a server action over HTTP the way React's client does (the `Next-Action` header and the reply
 * encoding of its arguments: the root array as JSON in part "0", a FormData argument as "$K1" with its
 * fields in parts "_1_<name>"). `args` are the arguments before the form (bound values, previous state).
 * This is what anyone holding a session can send, whatever the page shows them.
 */
export async function callAction(
  base: string,
  action: { id: string; worker: string },
  opts: {
    cookie: string;
    fields: Record<string, string | string[]>;
    args?: unknown[];
    pathParams?: Record<string, string>;
  },
): Promise<ActionAnswer> {
  const body = new FormData();
  for (const [name, value] of Object.entries(opts.fields))
    for (const v of [value].flat()) body.append(`_1_${name}`, v);
  body.append("0", JSON.stringify([...(opts.args ?? [null]), "$K1"]));
  // Any page that bundles the action will do; its dynamic segments are filled with the given ids.
  const route = routeOf(`${action.worker}.tsx`).replace(
    /\[(\w+)\]/g,
    (_, name: string) => opts.pathParams?.[name] ?? "00000000-0000-4000-8000-000000000000",
  );
  const response = await fetch(`${base}${route}`, {
    method: "POST",
    headers: { "next-action": action.id, accept: "text/x-component", cookie: opts.cookie, origin: base },
    body,
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}
