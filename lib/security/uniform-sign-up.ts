// POST /api/auth/sign-up/email over HTTP answers the same for a new and a taken address: 200, "check
// your email", no session cookie (sign in afterwards). A taken address costs the same password hash
// as a new one, so the time does not tell them apart either. The app's own forms call auth.api and
// say "check your email" themselves.
import { hashPassword } from "better-auth/crypto";
import { localeOf, textOf } from "@/lib/i18n/error-text";

async function codeOf(response: Response): Promise<string> {
  try {
    return String(((await response.clone().json()) as { code?: unknown })?.code ?? "");
  } catch {
    return "";
  }
}

export async function uniformSignUpAnswer(
  request: Request,
  body: Uint8Array,
  run: () => Promise<Response>,
): Promise<Response> {
  const response = await run();
  const code = await codeOf(response);
  const taken = response.status === 422 && code.startsWith("USER_ALREADY_EXISTS");
  if (!response.ok && !taken) return response;
  if (taken) {
    const password = (JSON.parse(Buffer.from(body).toString("utf8")) as { password?: unknown }).password;
    await hashPassword(typeof password === "string" ? password : "x".repeat(12));
  }
  const message = await textOf("errors.checkEmail", localeOf(request));
  return Response.json({ status: "CHECK_EMAIL", message }, { status: 200, headers: { "Cache-Control": "no-store" } });
}
