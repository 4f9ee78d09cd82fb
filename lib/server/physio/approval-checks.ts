// What the operator sees before a physio is approved (npm run admin -- approve-physio): a BIG number
// another account holds and an unconfirmed address stop the approval; a name that looks like someone
// else's (confusable skeleton, UTS #39) or mixes scripts stops it until the operator, having checked
// the BIG register, says --yes.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { physioProfiles, user } from "@/lib/db/schema";
import { nameSkeleton, scriptsOf } from "@/lib/security/name-skeleton";

export type ApprovalChecks = { blocking: string[]; warnings: string[] };

type Candidate = { id: string; email: string; emailVerified: boolean; name: string; bigNumber: string };

export async function approvalChecks(db: Db, physio: Candidate): Promise<ApprovalChecks> {
  const blocking: string[] = [];
  const warnings: string[] = [];
  const sameBig = await db
    .select({ email: user.email, status: physioProfiles.status })
    .from(physioProfiles)
    .innerJoin(user, eq(user.id, physioProfiles.userId))
    .where(
      and(
        eq(physioProfiles.bigNumber, physio.bigNumber),
        ne(physioProfiles.userId, physio.id),
        ne(physioProfiles.status, "revoked"),
      ),
    );
  for (const other of sameBig)
    blocking.push(`BIG number ${physio.bigNumber} is already in use by ${other.email} (${other.status})`);
  // Whoever is approved must at least hold the address: an unconfirmed one could be anyone's.
  if (!physio.emailVerified)
    blocking.push(
      `The email address ${physio.email} is not confirmed yet: the physio opens the link in the confirmation email (or asks for a new one on the account page) first`,
    );
  const skeleton = nameSkeleton(physio.name);
  const others = await db
    .select({ email: user.email, name: user.name, role: user.role })
    .from(user)
    .where(ne(user.id, physio.id));
  for (const other of others.filter((o) => nameSkeleton(o.name) === skeleton))
    warnings.push(`The name "${physio.name}" looks like "${other.name}" of ${other.email} (${other.role})`);
  const scripts = scriptsOf(physio.name);
  if (scripts.length > 1) warnings.push(`The name "${physio.name}" mixes scripts: ${scripts.join(", ")}`);
  return { blocking, warnings };
}

/** The checks as the operator reads them; empty when there is nothing to say. */
export function describeChecks(email: string, checks: ApprovalChecks, confirmed: boolean): string | undefined {
  if (checks.blocking.length === 0 && (checks.warnings.length === 0 || confirmed)) return undefined;
  return [
    `Not approved: ${email}`,
    ...checks.blocking.map((line) => `  ✗ ${line}`),
    ...checks.warnings.map((line) => `  ! ${line}`),
    checks.blocking.length === 0
      ? "Check the BIG register and the person, then run again with --yes to approve anyway."
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}
