// Deleting an account (GDPR art. 17): the caller confirms by typing their email or the word DELETE
// (VERWIJDER in Dutch) and their current password (a session alone is not enough); then the user row goes, and with it every row of theirs (see
// deleteUserCompletely). A physio's patients keep their plans: each link is ended first, as if the
// physio had ended it, so nothing waits for an approval that can no longer come.
import "server-only";
import { z } from "zod";
import { isCurrentPassword } from "@/lib/auth/current-password";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { deleteUserCompletely, findProfile, listPlansOfPhysio } from "@/lib/server/account/queries";
import { AppError } from "@/lib/errors";
import { deleteJobsAbout } from "@/lib/jobs/queues";
import { unlinkPlan } from "../invite/end-link";
import { rateLimitKey } from "@/lib/security/rate-limit";

export const CONFIRM_WORDS = { en: "DELETE", nl: "VERWIJDER" } as const;

const DeleteInput = z.object({ confirm: z.string().trim().max(254), password: z.string().max(128).optional() });

function isDeletionConfirmed(caller: SessionUser, confirm: string): boolean {
  const typed = confirm.trim();
  return (
    typed.toLowerCase() === caller.email.toLowerCase() ||
    Object.values(CONFIRM_WORDS).some((word) => typed.toUpperCase() === word)
  );
}

export async function deleteAccount(
  db: Db,
  caller: SessionUser,
  params: { input: unknown; now?: Date },
): Promise<{ unlinkedPatients: number }> {
  const parsed = DeleteInput.safeParse(params.input);
  if (!parsed.success || !isDeletionConfirmed(caller, parsed.data.confirm))
    throw new AppError("INVALID_INPUT", "account.errors.confirmDelete", { field: "confirm" });
  if (!(await findProfile(db, caller.id))) throw new AppError("NOT_FOUND", "errors.signInRequired");
  if (!(await isCurrentPassword(db, caller.id, parsed.data.password)))
    throw new AppError("INVALID_INPUT", "settings.errors.currentPassword", { field: "confirmPassword" });
  const now = params.now ?? new Date();
  let unlinkedPatients = 0;
  if (caller.role === "physio") {
    for (const plan of await listPlansOfPhysio(db, caller.id)) {
      await unlinkPlan(db, plan, { actor: caller, by: "physio", reason: "account_deleted", now });
      unlinkedPatients++;
    }
  }
  const deleted = await db.transaction(async (tx) => {
    // Queued notifications for them, or about their plans (to a physio), go first: they name both.
    await deleteJobsAbout(tx, caller.id);
    return deleteUserCompletely(tx, {
      userId: caller.id,
      email: caller.email.toLowerCase(),
      rateLimitKeys: [rateLimitKey("signin:email", caller.email)],
    });
  });
  if (!deleted) throw new AppError("NOT_FOUND", "errors.signInRequired");
  return { unlinkedPatients };
}
