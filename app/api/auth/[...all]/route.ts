// /api/auth/*: better-auth's own endpoints (sign-up, sign-in, sign-out, session).
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { errorResponse } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// better-auth reads any body whole and stores what it is given (a 5 MB name was saved): its bodies
// are small JSON, so anything over 16 KB is refused before it gets there, like the JSON routes do.
const MAX_AUTH_BYTES = 16 * 1024;

async function cappedBody(request: Request): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_AUTH_BYTES) return undefined;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > MAX_AUTH_BYTES) {
      await reader?.cancel();
      return undefined;
    }
    chunks.push(next.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  const body = await cappedBody(request);
  if (!body) return errorResponse(413, "PAYLOAD_TOO_LARGE", "errors.bodyTooLarge", request, { maxBytes: MAX_AUTH_BYTES });
  return toNextJsHandler(getAuth()).POST(new Request(request.url, { method: "POST", headers: request.headers, body: body.byteLength ? body : undefined }));
}
