// /api/auth/*: better-auth's own endpoints, only those on the allow-list (lib/security/auth-endpoints.ts);
// sign-in paths are counted by the hooks in lib/security/auth-hooks.ts.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { errorResponse } from "@/lib/http/route";
import { authPathOf, isAllowedAuthEndpoint as isAllowed } from "@/lib/security/auth-endpoints";
import { isCrossSite, isJsonContentType } from "@/lib/security/same-origin";
import { uniformSignUpAnswer } from "@/lib/security/uniform-sign-up";

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

const notFound = (request: Request) => errorResponse(404, "NOT_FOUND", "errors.notFound", request);

export async function GET(request: Request) {
  if (!isAllowed("GET", request.url)) return notFound(request);
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  if (!isAllowed("POST", request.url)) return notFound(request);
  if (isCrossSite(request.headers)) return errorResponse(403, "FORBIDDEN", "errors.crossSite", request);
  if (!isJsonContentType(request.headers))
    return errorResponse(415, "UNSUPPORTED_MEDIA_TYPE", "errors.jsonOnly", request);
  const body = await cappedBody(request);
  if (!body)
    return errorResponse(413, "PAYLOAD_TOO_LARGE", "errors.bodyTooLarge", request, { maxBytes: MAX_AUTH_BYTES });
  const run = () =>
    toNextJsHandler(getAuth()).POST(
      new Request(request.url, { method: "POST", headers: request.headers, body: body.byteLength ? body : undefined }),
    );
  return authPathOf(request.url) === "/sign-up/email" ? uniformSignUpAnswer(request, body, run) : run();
}
