// Talking to the app as a client would: sign-up and sign-in through better-auth's endpoints, then
// requests with the session cookie.
import { randomUUID } from "node:crypto";

// Shares no word with the test users' names or addresses (the password policy refuses those).
export const PASSWORD = "violet-harbour-lantern-42";

export type Session = { email: string; cookie: string };

function cookieOf(response: Response): string {
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.startsWith("better-auth.session_token=")))
    throw new Error(`no session cookie (${response.status})`);
  return cookies.join("; ");
}

// Sign-ups and sign-ins are limited per client address: the app runs with TRUSTED_PROXY_HOPS=1 here
// (support/app.ts), as behind one proxy, and each test client comes from an address of its own.
let clients = 0;
const clientAddress = () => `10.99.${(clients >> 8) & 255}.${clients++ & 255 || 1}`;

async function authPost(baseUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseUrl, "X-Forwarded-For": clientAddress() },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
}

export async function signUp(baseUrl: string, name = "Reliable Runner"): Promise<Session> {
  const email = `runner-${randomUUID()}@reliability.test`;
  // Sign-up over HTTP answers "check your email" without a session (it must not tell a new address
  // from a taken one); the client then signs in.
  const response = await authPost(baseUrl, "sign-up/email", { name, email, password: PASSWORD });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return signIn(baseUrl, email);
}

export async function signIn(baseUrl: string, email: string): Promise<Session> {
  const response = await authPost(baseUrl, "sign-in/email", { email, password: PASSWORD });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { email, cookie: cookieOf(response) };
}

export type Answer = { status: number; body: unknown; text: string; ms: number };

export async function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  session?: Session,
  timeoutMs = 15_000,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(session ? { Cookie: session.cookie } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, ms: performance.now() - started };
}

/** The app's JSON error: `{ error: { code, messageKey, message, details } }`. */
export function errorOf(body: unknown): { code?: string; messageKey?: string; message?: string } | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  return error && typeof error === "object"
    ? (error as { code?: string; messageKey?: string; message?: string })
    : undefined;
}

/** A sentence a person can read: words and spaces, not a message key like "errors.invalidJson". */
export function isHumanSentence(message: unknown): boolean {
  return (
    typeof message === "string" &&
    message.trim().length >= 8 &&
    /\s/.test(message.trim()) &&
    !/^[\w-]+(\.[\w-]+)+$/.test(message.trim()) &&
    !/\{\w+\}/.test(message)
  );
}

/** Signs of a leaked stack trace or internals in a response body. */
export function leaksInternals(text: string): boolean {
  return /\n\s+at [\w.<>]+ \(|at Object\.<anonymous>|node_modules\/|\/work\/|webpack-internal|TypeError:|ReferenceError:|SyntaxError: Unexpected|ECONNREFUSED/.test(
    text,
  );
}
