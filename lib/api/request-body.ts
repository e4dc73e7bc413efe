import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 1_000_000;

const bodyIssue = (rule: string, message: string) => [{ field: "body", rule, message: `body: ${message}` }];

/**
 * Reads a JSON request body with a size cap (counted while streaming, so a missing or false
 * Content-Length cannot get past it). `isOptional` routes accept an empty body as `{}`.
 */
export async function readJsonBody(
  request: Request,
  opts: { isOptional: boolean; maxBytes?: number },
): Promise<unknown> {
  const maxBytes = opts.maxBytes ?? MAX_BODY_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new AppError("payload_too_large", `request body is larger than ${maxBytes} bytes`);
  const text = await readCapped(request, maxBytes);
  if (text.trim() === "") {
    if (opts.isOptional) return {};
    throw new AppError(
      "invalid_input",
      "a JSON body is required",
      bodyIssue("required", "a JSON object is required"),
    );
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
    throw new AppError("unsupported_media_type", "send the body as Content-Type: application/json");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      "invalid_input",
      "the body is not valid JSON",
      bodyIssue("invalid_json", "is not valid JSON"),
    );
  }
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", `request body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
