// The better-auth endpoints reachable over HTTP under /api/auth: only the ones the app (its pages,
// the links in its emails, an API client signing in) uses. Everything else better-auth offers
// (social sign-in, account linking, token endpoints, delete-user...) answers 404 from our route
// before better-auth sees it. Server code calls auth.api directly and is not affected.
const ALLOWED: Record<"GET" | "POST", (string | RegExp)[]> = {
  GET: [
    "/get-session",
    // links in emails: verify an address (also after a change of email), open a password reset link
    "/verify-email",
    /^\/reset-password\/[A-Za-z0-9_-]{1,200}$/,
    "/list-sessions",
  ],
  POST: [
    "/sign-in/email",
    "/sign-up/email",
    "/sign-out",
    "/request-password-reset",
    "/reset-password",
    "/send-verification-email",
    "/change-password",
    "/change-email",
    "/update-user",
    "/revoke-session",
    "/revoke-sessions",
    "/revoke-other-sessions",
    "/two-factor/enable",
    "/two-factor/disable",
    "/two-factor/get-totp-uri",
    "/two-factor/verify-totp",
    "/two-factor/verify-backup-code",
  ],
};

export function authPathOf(url: string): string {
  const pathname = new URL(url).pathname.replace(/^\/api\/auth(?=\/|$)/, "");
  return pathname.replace(/\/+$/, "") || "/";
}

export function isAllowedAuthEndpoint(method: string, url: string): boolean {
  const list = ALLOWED[method as "GET" | "POST"];
  if (!list) return false;
  const path = authPathOf(url);
  return list.some((allowed) => (typeof allowed === "string" ? allowed === path : allowed.test(path)));
}

// The words of those paths, for the request log (lib/log/logger.ts pathForLog).
export function authPathWords(): string[] {
  return [...ALLOWED.GET, ...ALLOWED.POST].flatMap((p) =>
    typeof p === "string" ? p.split("/").filter(Boolean) : ["reset-password"],
  );
}
