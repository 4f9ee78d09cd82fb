// Guards for pages: send a visitor to sign in (and back), a runner without a plan to onboarding.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { todayIn, DEFAULT_TIME_ZONE } from "@/lib/dates";
import { loadCurrentPlan, type LoadedPlan } from "@/lib/server/plan/load-plan";
import { needsTwoStepEnrolment } from "@/lib/auth/permissions";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { user as userTable } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

export async function requirePageUser(locale: string, path: string): Promise<SessionUser> {
  const current = await getSessionUser();
  if (!current) redirect(`/${locale}/signin?next=${encodeURIComponent(`/${locale}${path}`)}`);
  return current;
}

// The caller's own calendar day (onboarding, accepting or making an invite), from the session when it
// carries the time zone. A plan's day is the runner's, and comes with the plan (LoadedPlan.today).
export async function todayOf(caller: SessionUser): Promise<string> {
  if (caller.timeZone) return todayIn(caller.timeZone);
  const [row] = await getDb()
    .select({ timeZone: userTable.timeZone })
    .from(userTable)
    .where(eq(userTable.id, caller.id));
  return todayIn(row?.timeZone ?? DEFAULT_TIME_ZONE);
}

export const TWO_STEP_ENROLMENT_PATH = "/account/two-step";

export async function requirePhysio(locale: string, path: string): Promise<SessionUser> {
  const current = await requirePageUser(locale, path);
  if (current.role !== "physio") redirect(`/${locale}/today`);
  if (needsTwoStepEnrolment(current)) redirect(`/${locale}${TWO_STEP_ENROLMENT_PATH}`);
  return current;
}

export type RunnerContext = { user: SessionUser; plan: LoadedPlan; today: string };

export async function requireRunnerPlan(locale: string, path: string): Promise<RunnerContext> {
  const current = await requirePageUser(locale, path);
  if (current.role === "physio") redirect(`/${locale}/physio`);
  const plan = await loadCurrentPlan(getDb(), current);
  if (!plan) redirect(`/${locale}/onboarding`);
  return { user: current, plan, today: plan.today };
}
