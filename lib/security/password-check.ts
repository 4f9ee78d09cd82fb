// The password rule with what better-auth's hash step cannot know: whose password it is. Run in the
// before-hook for every path that sets a password (sign-up, change, reset), over HTTP and auth.api alike.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user, verification } from "@/lib/db/schema";
import { passwordProblem, type PasswordContext, type PasswordProblem } from "@/lib/auth/password-policy";

type PasswordRequest = { path: string; body?: unknown };

const CODES: Record<PasswordProblem, string> = {
  length: "PASSWORD_TOO_SHORT",
  physioLength: "PASSWORD_TOO_SHORT_FOR_PHYSIO",
  common: "PASSWORD_TOO_COMMON",
  personal: "PASSWORD_PERSONAL",
};

async function userContext(db: Db, userId: string): Promise<PasswordContext> {
  const [row] = await db
    .select({ email: user.email, name: user.name, role: user.role })
    .from(user)
    .where(eq(user.id, userId));
  return row ?? {};
}

/** The refusal code for the new password of this request, if any; undefined for other paths. */
export async function passwordRefusal(
  db: Db,
  request: PasswordRequest,
  sessionUserId: string | undefined,
): Promise<string | undefined> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  let password: unknown;
  let context: PasswordContext = {};
  if (request.path === "/sign-up/email") {
    password = body.password;
    context = { email: String(body.email ?? ""), name: String(body.name ?? "") };
  } else if (request.path === "/change-password" && sessionUserId) {
    password = body.newPassword;
    context = await userContext(db, sessionUserId);
  } else if (request.path === "/reset-password" && typeof body.token === "string") {
    password = body.newPassword;
    const [row] = await db
      .select({ userId: verification.value })
      .from(verification)
      .where(eq(verification.identifier, `reset-password:${body.token}`));
    if (row) context = await userContext(db, row.userId);
  } else return undefined;
  if (typeof password !== "string") return undefined;
  const problem = passwordProblem(password, context);
  return problem ? CODES[problem] : undefined;
}
