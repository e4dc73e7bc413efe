import { z } from "zod";
import { zDate } from "@/lib/api/schemas/common";

type Json = Record<string, unknown>;

const duty = { dutyId: z.uuid(), employeeId: z.uuid(), code: z.string(), dueDate: zDate };

/** What each event's `data` carries: ids and the minimum to act on — never names or card numbers. */
const EVENTS: { type: string; summary: string; data: z.ZodType }[] = [
  {
    type: "duty.created",
    summary: "The engine produced a new duty (after an event, a new card or a fact change)",
    data: z.strictObject({ ...duty, rule: z.string() }),
  },
  {
    type: "duty.due_soon",
    summary: "An open duty is due within 7 days (once per duty)",
    data: z.strictObject(duty),
  },
  {
    type: "duty.overdue",
    summary: "An open duty passed its due date (once per duty)",
    data: z.strictObject(duty),
  },
  {
    type: "duty.confirmed",
    summary: "A duty was confirmed as done and closed",
    data: z.strictObject({ ...duty, filedOn: zDate, closedAt: z.iso.datetime() }),
  },
  {
    type: "employee.work_authorization_changed",
    summary:
      "The employee's work authorisation state changed (e.g. authorized → special_period → not_authorized)",
    data: z.strictObject({
      employeeId: z.uuid(),
      previousState: z.string(),
      state: z.string(),
      until: zDate.nullable(),
      asOf: zDate,
    }),
  },
];

const SIGNATURE_HELP = `Every delivery is a POST with a JSON body \`{"type", "id", "companyId", "data"}\` and these headers:
\`Zairyu-Event\` (the type), \`Zairyu-Delivery\` (unique per delivery; the same on a retry),
\`Zairyu-Signature: t=<unix seconds>,v1=<hex>\` where v1 = HMAC-SHA256(endpoint secret, "<t>.<raw body>").
Verify the signature over the raw bytes, reject a \`t\` older than 5 minutes (replay), and treat \`id\` as the
idempotency key: a delivery may arrive more than once. Answer 2xx within 10 seconds; anything else is retried
with exponential backoff (8 attempts over about 40 minutes), then marked failed and can be re-sent from Settings → Webhooks.`;

/** OpenAPI 3.1 `webhooks`: one entry per event type, with its signed envelope. */
export function webhookSection(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const event of EVENTS) {
    const body = z.strictObject({
      type: z.literal(event.type),
      id: z.string().meta({ description: "The event's unique key: deduplicate on it" }),
      companyId: z.uuid(),
      data: event.data,
    });
    const { $schema: _drop, ...schema } = z.toJSONSchema(body, { io: "output" }) as Json;
    out[event.type] = {
      post: {
        tags: ["Webhooks"],
        summary: event.summary,
        description: SIGNATURE_HELP,
        parameters: [
          {
            name: "Zairyu-Signature",
            in: "header",
            required: true,
            schema: { type: "string" },
            description: "t=<unix seconds>,v1=<hex HMAC-SHA256 of `<t>.<raw body>`>",
          },
          { name: "Zairyu-Event", in: "header", required: true, schema: { type: "string" } },
          {
            name: "Zairyu-Delivery",
            in: "header",
            required: true,
            schema: { type: "string", format: "uuid" },
          },
        ],
        requestBody: { required: true, content: { "application/json": { schema } } },
        responses: { "2XX": { description: "Received; any other answer is retried" } },
      },
    };
  }
  return out;
}

export const WEBHOOK_EVENT_DOCS = EVENTS.map(({ type, summary }) => ({ type, summary }));
