// The password rule, in one place for sign-up, reset and change: at least 10 characters (NIST
// SP 800-63B asks for a minimum and a check against known-breached passwords) and none of the
// common passwords shipped with the app.
import { commonPasswords } from "./common-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-length";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

const common = new Set(commonPasswords);
// Words people dress up with digits or a "!" at the end ("Password2024!").
const commonStems = [
  "password",
  "passw0rd",
  "wachtwoord",
  "welkom",
  "welcome",
  "qwerty",
  "iloveyou",
  "letmein",
  "comeback",
  "azerty",
  "admin",
];

export type PasswordProblem = "length" | "common";

export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return "length";
  const lower = password.toLowerCase();
  if (common.has(lower)) return "common";
  const stem = lower.replace(/[\d!@#$%^&*.?_\-\s]+$/, "").replace(/^[\d!@#$%^&*.?_\-\s]+/, "");
  if (commonStems.includes(stem)) return "common";
  // One character repeated, or one short block repeated ("abcabcabcabc").
  if (/^(.{1,3})\1+$/.test(lower)) return "common";
  return undefined;
}
