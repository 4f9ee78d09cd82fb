import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { onboardingDrafts } from "@/lib/db/schema";

export type OnboardingDraftRow = typeof onboardingDrafts.$inferSelect;

export async function findOnboardingDraft(db: Db, userId: string): Promise<OnboardingDraftRow | undefined> {
  const [row] = await db.select().from(onboardingDrafts).where(eq(onboardingDrafts.userId, userId));
  return row;
}

// One draft per runner (the user id is the key): a save replaces the step and the answers.
export async function upsertOnboardingDraft(
  db: Db,
  params: { userId: string; step: number; answers: Record<string, unknown> },
): Promise<OnboardingDraftRow> {
  const [row] = await db
    .insert(onboardingDrafts)
    .values(params)
    .onConflictDoUpdate({
      target: onboardingDrafts.userId,
      set: { step: params.step, answers: params.answers, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteOnboardingDraft(db: Db, userId: string): Promise<void> {
  await db.delete(onboardingDrafts).where(eq(onboardingDrafts.userId, userId));
}

// Serialises a runner's onboarding writes until the transaction ends, so two "Create my plan"
// requests at once cannot both find no plan and each create one.
export async function lockOnboarding(db: Db, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`onboarding:${userId}`}))`);
}
