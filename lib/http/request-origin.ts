import { headers } from "next/headers";

// Links we hand out (calendar feeds, invites) are built from the host this page was asked on, so
// they work behind any domain; a host header that is not a plain host name is not trusted.
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const rawHost = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  const host = /^[A-Za-z0-9.\-:[\]]+$/.test(rawHost) ? rawHost : "localhost:3000";
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto =
    forwarded === "http" || forwarded === "https"
      ? forwarded
      : /^(localhost|127\.|\[::1\])/.test(host)
        ? "http"
        : "https";
  return `${proto}://${host}`;
}
