// Reads a JSON request body with a hard size cap, so an oversized or malformed body is a clear
// 4xx before anything else happens.
import { AppError } from "@/lib/errors";

const MAX_JSON_BYTES = 16 * 1024;

export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("INVALID_INPUT", "errors.bodyTooLarge", { maxBytes });
  const reader = request.body?.getReader();
  if (!reader) throw new AppError("INVALID_INPUT", "errors.invalidJson");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("INVALID_INPUT", "errors.bodyTooLarge", { maxBytes });
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "errors.invalidJson");
  }
}
