// The calendar subscription's secret and what a feed needs to know about the runner (locale, clock).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { plans, user } from "@/lib/db/schema";
import type { PlanRow } from "../plan/queries";

export type RunnerClock = { locale: "en" | "nl"; timeZone: string };

export async function findPlanByCalendarToken(
  db: Db,
  token: string,
): Promise<{ plan: PlanRow; runner: RunnerClock } | undefined> {
  const [row] = await db
    .select({ plan: plans, locale: user.locale, timeZone: user.timeZone })
    .from(plans)
    .innerJoin(user, eq(user.id, plans.runnerId))
    .where(eq(plans.calendarToken, token))
    .limit(1);
  return row ? { plan: row.plan, runner: { locale: row.locale, timeZone: row.timeZone } } : undefined;
}

export async function findRunnerClock(db: Db, userId: string): Promise<RunnerClock | undefined> {
  const [row] = await db.select({ locale: user.locale, timeZone: user.timeZone }).from(user).where(eq(user.id, userId));
  return row;
}

export async function setCalendarToken(db: Db, planId: string, token: string | null): Promise<void> {
  await db.update(plans).set({ calendarToken: token, updatedAt: new Date() }).where(eq(plans.id, planId));
}
