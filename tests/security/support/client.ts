// An attacker's (and a user's) view of the app: plain HTTP, cookies by hand, the database read as its
// owner only to set the stage and to check that nothing changed.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { totp } from "../../../e2e/support/totp";
import { pgUrl, sql } from "../../reliability/support/db";

export const PASSWORD = "quiet-harbour-lamp-7";

export const env = () => inject("security");
export const db = () => pgUrl(env().pgPort, env().root);
export const query = <T extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
) => sql<T>(db(), text, values);

/** Every counter starts afresh: tests share one app and one client address. */
export async function resetLimits(): Promise<void> {
  await query("delete from rate_limits");
}

export type Answer = { status: number; text: string; json: unknown; headers: Headers; ms: number };

export async function request(path: string, init: RequestInit & { cookie?: string } = {}): Promise<Answer> {
  const started = performance.now();
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  const response = await fetch(`${env().baseUrl}${path}`, {
    ...init,
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, headers: response.headers, ms: performance.now() - started };
}

export function postJson(
  path: string,
  body: unknown,
  extra: Record<string, string> = {},
  cookie?: string,
): Promise<Answer> {
  return request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: env().baseUrl, ...extra },
    body: JSON.stringify(body),
    cookie,
  });
}

export const newEmail = (tag = "runner") => `${tag}-${randomUUID()}@security.test`;

export async function signIn(email: string, password = PASSWORD): Promise<string> {
  const answer = await postJson("/api/auth/sign-in/email", { email, password });
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${answer.text}`);
  return cookieOf(answer);
}

export function cookieOf(answer: Answer): string {
  return answer.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** A new account through HTTP sign-up, then signed in; a physio by the operator's hand in the database,
 * then enrolled in two-step sign-in as an approved physio must be (unless `twoStep: false`). */
export async function createUser(
  options: { name?: string; email?: string; role?: "runner" | "physio"; twoStep?: boolean } = {},
): Promise<{ email: string; cookie: string; id: string; totpKey?: string }> {
  const email = options.email ?? newEmail(options.role ?? "runner");
  const answer = await postJson("/api/auth/sign-up/email", {
    name: options.name ?? "Rita Veldhoven",
    email,
    password: PASSWORD,
  });
  if (answer.status !== 200) throw new Error(`sign-up failed: ${answer.status} ${answer.text}`);
  const [row] = await query<{ id: string }>(`update "user" set role = $2 where email = $1 returning id`, [
    email,
    options.role ?? "runner",
  ]);
  // A physio here is a verified one (the operator's approval), as the invite page shows only those.
  if (options.role === "physio")
    await query(
      `insert into physio_profiles (user_id, big_number, practice, status) values ($1, '19012345601', 'Security Practice', 'approved')`,
      [row!.id],
    );
  const cookie = await signIn(email);
  if (options.role !== "physio" || options.twoStep === false) return { email, cookie, id: row!.id };
  return { email, id: row!.id, ...(await enrolTwoStep(cookie)) };
}

/** Turns two-step sign-in on for the signed-in account: the new session cookie and the app's key. */
export async function enrolTwoStep(cookie: string): Promise<{ cookie: string; totpKey: string }> {
  const enabled = await postJson("/api/auth/two-factor/enable", { password: PASSWORD }, {}, cookie);
  if (enabled.status !== 200) throw new Error(`two-factor enable failed: ${enabled.status} ${enabled.text}`);
  const totpKey = new URL((enabled.json as { totpURI: string }).totpURI).searchParams.get("secret")!;
  const confirmed = await postJson("/api/auth/two-factor/verify-totp", { code: totp(totpKey) }, {}, cookie);
  if (confirmed.status !== 200) throw new Error(`two-factor confirm failed: ${confirmed.status} ${confirmed.text}`);
  return { cookie: cookieOf(confirmed), totpKey };
}
