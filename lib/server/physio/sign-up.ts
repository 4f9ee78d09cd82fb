// A physiotherapist's account: the same sign-up as a runner's, then, only when an account was really
// created, the role "physio" and a pending registration (BIG number, practice) are set here,
// server-side. No request ever carries a role. Until an operator approves the registration
// (`npm run admin -- approve-physio EMAIL`) the account can set up its profile but not invite or
// see patients.
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { insertPhysioProfile } from "@/lib/server/physio/profile-queries";
import { user } from "@/lib/db/schema";
import { parseRegistration } from "./registration";
import { parseSignUp, signUp, type SignUpResult } from "../account/sign-up";
import { toLocale } from "@/lib/i18n/routing";

export async function signUpPhysio(db: Db, input: Record<string, unknown>, headers: Headers): Promise<SignUpResult> {
  // Everything is checked before anything is created.
  parseSignUp(input, "physio");
  const registration = parseRegistration(input);
  const locale = toLocale(input.locale);
  const result = await signUp(db, input, headers, { callbackPath: `/${locale}/physio` });
  if (!result.userId) return result;
  await db.transaction(async (tx) => {
    await tx.update(user).set({ role: "physio", updatedAt: new Date() }).where(eq(user.id, result.userId!));
    await insertPhysioProfile(tx, { userId: result.userId!, ...registration });
  });
  return result;
}
