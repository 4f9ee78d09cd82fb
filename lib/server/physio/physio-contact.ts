// How a patient reaches their physio, for the handout: the physio's name, practice and email.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findPhysioProfile } from "@/lib/server/physio/profile-queries";
import { AppError } from "@/lib/errors";

export type PhysioContact = { name: string; email: string; practice: string | null };

/** The calling physio's own contact details (only a physio has them). */
export async function physioContact(db: Db, caller: SessionUser): Promise<PhysioContact> {
  if (caller.role !== "physio") throw new AppError("FORBIDDEN", "errors.forbidden");
  const profile = await findPhysioProfile(db, caller.id);
  const practice = profile?.practice.trim() || null;
  return { name: caller.name, email: caller.email, practice };
}
