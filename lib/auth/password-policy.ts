// The password rule, in one place for sign-up, reset and change (NIST SP 800-63B: a minimum length
// and a check against passwords known from breaches, no composition rules): at least 10 characters,
// 12 for a physio (they hold other people's health data); not a password from the breach lists of
// the zxcvbn-ts project (@zxcvbn-ts/language-common), nor a common word (those lists, Dutch words
// from @zxcvbn-ts/language-nl-be) dressed up with digits or signs ("zomer2026!!"), nor the app's
// published demo password, nor the account's own address or name.
import { dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as dutch } from "@zxcvbn-ts/language-nl-be";
import { DEMO_PASSWORD } from "./demo-password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PHYSIO_MIN_PASSWORD_LENGTH } from "./password-length";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PHYSIO_MIN_PASSWORD_LENGTH };

const breached = new Set((common["passwords-common"] as string[]).map((p) => p.toLowerCase()));
const commonWords = new Set((dutch.commonWords as string[]).map((w) => w.toLowerCase()));

export type PasswordProblem = "length" | "physioLength" | "common" | "personal";
/** Whose password it is, where known: their address and name may not be in it. */
export type PasswordContext = { email?: string | null; name?: string | null; role?: string | null };

const compact = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function isPersonal(password: string, context: PasswordContext): boolean {
  const lower = password.toLowerCase();
  const squeezed = compact(password);
  const email = context.email?.trim().toLowerCase();
  if (
    email &&
    (lower.includes(email) ||
      (compact(email.split("@")[0] ?? "").length >= 4 && squeezed.includes(compact(email.split("@")[0]!))))
  )
    return true;
  const name = context.name?.trim() ?? "";
  const parts = [compact(name), ...name.split(/\s+/).map(compact)].filter((p) => p.length >= 4);
  return parts.some((part) => squeezed.includes(part));
}

export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | undefined {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return "length";
  if (context.role === "physio" && password.length < PHYSIO_MIN_PASSWORD_LENGTH) return "physioLength";
  const lower = password.toLowerCase();
  if (lower === DEMO_PASSWORD || breached.has(lower)) return "common";
  const stem = lower.replace(/[\d\p{P}\p{S}\s]+$/u, "").replace(/^[\d\p{P}\p{S}\s]+/u, "");
  if (stem.length >= 3 && (breached.has(stem) || commonWords.has(stem))) return "common";
  // One character repeated, or one short block repeated ("abcabcabcabc").
  if (/^(.{1,3})\1+$/.test(lower)) return "common";
  if (isPersonal(password, context)) return "personal";
  return undefined;
}
