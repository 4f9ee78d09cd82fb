import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, createNonce } from "./lib/security/csp";

const handleI18nRouting = createMiddleware(routing);

// Every page request gets a fresh nonce: Next reads it from the request's Content-Security-Policy
// header and puts it on the inline scripts it renders; the same policy goes out with the response.
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = request.nextUrl.protocol === "https:" || (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // next-intl passes the request's headers on to the page, so the page sees the nonce.
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
