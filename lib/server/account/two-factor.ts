// Two-step sign-in (TOTP, better-auth's two-factor plugin): offered to every account, required of an
// approved physio (lib/auth/permissions.ts). Turn on with the password, confirm with a code from the
// authenticator app, turn off with the password (not an approved physio: they keep it). At sign-in
// the second step takes a code from the app or a one-time backup code.
import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { authErrorCode } from "./auth-errors";
import { limitedError } from "./sign-up";

export type TwoFactorSetup = {
  /** The otpauth:// address an authenticator app reads. */
  uri: string;
  /** The same secret to type in by hand, in groups of four. */
  key: string;
  /** The QR code of `uri`, one string of 0/1 per row. */
  qr: string[];
  backupCodes: string[];
};

const Password = z.string().min(1).max(128);
const Code = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
const BackupCode = z.string().trim().min(6).max(40);

function passwordOf(value: unknown): string {
  const parsed = Password.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "password" });
  return parsed.data;
}

function mapCodeError(error: unknown, field: string): never {
  const limited = limitedError(error);
  if (limited) throw limited;
  const code = authErrorCode(error);
  if (code === "INVALID_PASSWORD") throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field });
  if (code === "CODE_USED") throw new AppError("INVALID_INPUT", "twoFactor.errors.codeUsed", { field });
  if (code === "INVALID_CODE" || code === "INVALID_BACKUP_CODE")
    throw new AppError("INVALID_INPUT", "twoFactor.errors.wrongCode", { field });
  if (code === "ACCOUNT_TEMPORARILY_LOCKED")
    throw new AppError("TOO_MANY_REQUESTS", "twoFactor.errors.locked", { field });
  if (code === "INVALID_TWO_FACTOR_COOKIE" || code === "UNAUTHORIZED")
    throw new AppError("UNAUTHORIZED", "twoFactor.errors.expired");
  if (code === "TOTP_NOT_ENABLED" || code === "TWO_FACTOR_NOT_ENABLED")
    throw new AppError("INVALID_INPUT", "twoFactor.errors.notStarted", { field });
  // Any other refusal from better-auth (a session too old for this step, say): a sentence, not a 500.
  if (code) throw new AppError("INVALID_INPUT", "twoFactor.errors.notStarted");
  throw error;
}

function qrRows(uri: string): string[] {
  const { modules } = QRCode.create(uri, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? "1" : "0")).join(""),
  );
}

/** Step 1: the password, then a new secret (not active until a code confirms it). */
export async function startTwoFactor(
  caller: SessionUser,
  input: { password: unknown },
  headers: Headers,
): Promise<TwoFactorSetup> {
  const password = passwordOf(input.password);
  try {
    const { totpURI, backupCodes } = (await getAuth().api.enableTwoFactor({ body: { password }, headers })) as {
      totpURI: string;
      backupCodes: string[];
    };
    const secret = new URL(totpURI).searchParams.get("secret") ?? "";
    return { uri: totpURI, key: secret.match(/.{1,4}/g)?.join(" ") ?? secret, qr: qrRows(totpURI), backupCodes };
  } catch (error) {
    if (authErrorCode(error) === "TOTP_ALREADY_ENABLED") throw new AppError("CONFLICT", "twoFactor.errors.alreadyOn");
    mapCodeError(error, "password");
  }
}

/** Step 2: a code from the app proves the app has the secret; only then is two-step sign-in on. */
export async function confirmTwoFactor(caller: SessionUser, input: { code: unknown }, headers: Headers): Promise<void> {
  const parsed = Code.safeParse(input.code);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "twoFactor.errors.codeFormat", { field: "code" });
  try {
    await getAuth().api.verifyTOTP({ body: { code: parsed.data }, headers });
  } catch (error) {
    mapCodeError(error, "code");
  }
}

export async function disableTwoFactor(
  caller: SessionUser,
  input: { password: unknown },
  headers: Headers,
): Promise<void> {
  // A physio's patients' data stays behind two steps: an approved physio cannot turn it off.
  if (caller.role === "physio" && caller.physioStatus === "approved")
    throw new AppError("FORBIDDEN", "twoFactor.errors.requiredForPhysios");
  const password = passwordOf(input.password);
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers });
  } catch (error) {
    mapCodeError(error, "password");
  }
}

/** The second step of a sign-in: a 6-digit code from the app, or one of the backup codes. */
export async function verifySignInCode(input: { code: unknown; kind: unknown }, headers: Headers): Promise<void> {
  const isBackup = input.kind === "backup";
  const parsed = (isBackup ? BackupCode : Code).safeParse(input.code);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", isBackup ? "twoFactor.errors.wrongCode" : "twoFactor.errors.codeFormat", {
      field: "code",
    });
  try {
    if (isBackup) await getAuth().api.verifyBackupCode({ body: { code: parsed.data }, headers });
    else await getAuth().api.verifyTOTP({ body: { code: parsed.data }, headers });
  } catch (error) {
    mapCodeError(error, "code");
  }
}
