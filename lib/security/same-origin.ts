// Cross-site requests to state-changing JSON routes: a browser on another site can send a "simple"
// POST (text/plain, no preflight) with the user's cookie. We refuse anything that says it comes from
// elsewhere (Sec-Fetch-Site, or an Origin whose host is not the one asked) and any body that is not
// declared as JSON, which no simple cross-site request can be. A client that is not a browser sends
// neither header and has no victim's cookie to ride on.
import { AppError } from "@/lib/errors";
import { trustedProxyHops } from "./client-address";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The host the client asked for. Next fills X-Forwarded-Host from Host itself, but keeps a value the
// client wrote, so it counts only when a trusted proxy set it.
function requestedHost(headers: Headers): string | undefined {
  if (trustedProxyHops() > 0) {
    const forwarded = headers.get("x-forwarded-host")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded.toLowerCase();
  }
  return headers.get("host")?.toLowerCase() ?? undefined;
}

export function isCrossSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host.toLowerCase() !== requestedHost(headers);
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not our page
    return true;
  }
}

export function isJsonContentType(headers: Headers): boolean {
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json";
}

export function assertSameOriginJson(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (isCrossSite(request.headers)) throw new AppError("FORBIDDEN", "errors.crossSite");
  if (!isJsonContentType(request.headers)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "errors.jsonOnly");
}
