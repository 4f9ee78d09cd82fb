// better-auth on our PostgreSQL: email + password, sessions in httpOnly cookies. Created on first
// use so `next build` never touches the database.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/lib/db/client";
import { account, session, user, verification } from "@/lib/db/schema";
import { afterAuthHook, beforeAuthHook } from "@/lib/security/auth-hooks";
import { CLIENT_IP_HEADER } from "@/lib/security/client-address";

function trustedOrigins(): string[] {
  const port = process.env.PORT ?? "3000";
  const configured = (process.env.BETTER_AUTH_URL ?? "").split(",").filter(Boolean);
  return [...configured, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

function createAuth() {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET is not set (npm start sets one for the embedded database; set your own in production).");
  }
  const baseURL = process.env.BETTER_AUTH_URL?.split(",")[0] ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return betterAuth({
    secret: secret ?? "development-only-secret-development-only-secret",
    baseURL,
    trustedOrigins: trustedOrigins(),
    database: drizzleAdapter(getDb(), { provider: "pg", schema: { user, session, account, verification } }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: {
        // Roles are never taken from a request: sign-up makes a runner; physio accounts are set server-side.
        role: { type: "string", required: false, defaultValue: "runner", input: false },
        // Locale and time zone are harmless preferences, taken at sign-up so the session has them at once.
        locale: { type: "string", required: false, defaultValue: "en", input: true },
        timeZone: { type: "string", required: false, defaultValue: "Europe/Amsterdam", input: true },
      },
    },
    // No cookie cache: a role or a deleted account must take effect on the very next request.
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Security (lib/security): better-auth's own limiter keeps its counts in one process's memory, so
    // it is off; the hooks count every sign-in path (HTTP and auth.api alike) in PostgreSQL instead.
    rateLimit: { enabled: false },
    hooks: { before: beforeAuthHook, after: afterAuthHook },
    advanced: {
      // Secure cookies wherever the app is served over https (production); plain http only locally.
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Security: the address our server (lib/cli/serve.ts) took from the socket or a trusted proxy.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as typeof globalThis & { __comebackAuth?: Auth };

export function getAuth(): Auth {
  return (holder.__comebackAuth ??= createAuth());
}
