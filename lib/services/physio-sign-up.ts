// A physiotherapist's account: the same sign-up as a runner's (better-auth hashes the password and
// signs them in), then the role is set to "physio" here, server-side, by this dedicated flow. No
// request ever carries a role: better-auth's user fields have `input: false`, and nothing updates it
// afterwards. Checking a professional registration (BIG/KNGF) is out of scope for now.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { signUp } from "./sign-up";

export async function signUpPhysio(db: Db, input: unknown, headers: Headers): Promise<{ userId: string }> {
  const { userId } = await signUp(db, input, headers);
  await db.update(user).set({ role: "physio", updatedAt: new Date() }).where(eq(user.id, userId));
  return { userId };
}
