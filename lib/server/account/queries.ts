// The account as a whole: what a user's data export reads and what deleting an account removes.
import "server-only";
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import {
  account,
  auditLog,
  checkIns,
  checkInVersions,
  invites,
  notes,
  onboardingDrafts,
  phaseTransitions,
  planEvents,
  plans,
  rateLimits,
  session,
  user,
  verification,
} from "@/lib/db/schema";
import { noteWithAuthor } from "../physio/note-queries";

export async function findUserTimeZone(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ timeZone: user.timeZone }).from(user).where(eq(user.id, userId));
  return row?.timeZone;
}

export async function findProfile(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      role: user.role,
      locale: user.locale,
      timeZone: user.timeZone,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  return row;
}

// Sign-in methods and sessions without any secret: no password hash, no token.
export async function listSignInMethods(db: Db, userId: string) {
  return db
    .select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
    .from(account)
    .where(eq(account.userId, userId));
}

export async function listSessionsWithoutTokens(db: Db, userId: string) {
  return db
    .select({
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(eq(session.userId, userId))
    .orderBy(asc(session.createdAt));
}

export async function listPlansWithPhysio(db: Db, runnerId: string) {
  return db
    .select({ plan: plans, physioName: user.name })
    .from(plans)
    .leftJoin(user, eq(user.id, plans.physioId))
    .where(eq(plans.runnerId, runnerId))
    .orderBy(asc(plans.createdAt));
}

export async function listPlanRecords(db: Db, planIds: string[]) {
  if (planIds.length === 0)
    return { checkIns: [], checkInVersions: [], events: [], transitions: [], notes: [], audit: [] };
  const [checkInRows, versionRows, eventRows, transitionRows, noteRows, auditRows] = await Promise.all([
    db.select().from(checkIns).where(inArray(checkIns.planId, planIds)).orderBy(asc(checkIns.date)),
    db
      .select({
        planId: checkInVersions.planId,
        date: checkInVersions.date,
        version: checkInVersions.version,
        data: checkInVersions.data,
        changedByRole: checkInVersions.changedByRole,
        changedAt: checkInVersions.changedAt,
        changedByName: user.name,
      })
      .from(checkInVersions)
      .leftJoin(user, eq(user.id, checkInVersions.changedBy))
      .where(inArray(checkInVersions.planId, planIds))
      .orderBy(asc(checkInVersions.date), asc(checkInVersions.version)),
    db
      .select()
      .from(planEvents)
      .where(inArray(planEvents.planId, planIds))
      .orderBy(asc(planEvents.date), asc(planEvents.createdAt)),
    db
      .select()
      .from(phaseTransitions)
      .where(inArray(phaseTransitions.planId, planIds))
      .orderBy(asc(phaseTransitions.on)),
    db
      .select({ ...noteWithAuthor, planId: notes.planId })
      .from(notes)
      .leftJoin(user, eq(user.id, notes.authorId))
      .where(inArray(notes.planId, planIds))
      .orderBy(asc(notes.createdAt)),
    db
      .select({
        planId: auditLog.planId,
        action: auditLog.action,
        detail: auditLog.detail,
        at: auditLog.at,
        actorName: user.name,
      })
      .from(auditLog)
      .leftJoin(user, eq(user.id, auditLog.actorId))
      .where(inArray(auditLog.planId, planIds))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
  ]);
  return {
    checkIns: checkInRows,
    checkInVersions: versionRows,
    events: eventRows,
    transitions: transitionRows,
    notes: noteRows,
    audit: auditRows,
  };
}

export async function findOnboardingAnswers(db: Db, userId: string) {
  const [row] = await db
    .select({ step: onboardingDrafts.step, answers: onboardingDrafts.answers, updatedAt: onboardingDrafts.updatedAt })
    .from(onboardingDrafts)
    .where(eq(onboardingDrafts.userId, userId));
  return row;
}

// Invites the user made (a physio) or used (a runner).
export async function listInvitesOfUser(db: Db, userId: string) {
  return db
    .select({
      code: invites.code,
      physioId: invites.physioId,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      usedBy: invites.usedBy,
      hasIntake: sql<boolean>`${invites.intake} is not null`,
    })
    .from(invites)
    .where(or(eq(invites.physioId, userId), eq(invites.usedBy, userId)))
    .orderBy(asc(invites.createdAt));
}

export async function listPlansOfPhysio(db: Db, physioId: string) {
  return db.select().from(plans).where(eq(plans.physioId, physioId));
}

export async function countLinkedPatients(db: Db, physioId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(plans)
    .where(eq(plans.physioId, physioId));
  return row?.n ?? 0;
}

// The linked physio of a runner's plan, for the account page.
export async function findPlanPhysio(db: Db, planId: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(plans)
    .innerJoin(user, eq(user.id, plans.physioId))
    .where(eq(plans.id, planId));
  return row;
}

// Deleting the user row cascades (lib/db/schema/) to sessions, accounts, plans with everything on them,
// drafts and a physio's invites; foreign keys that must outlive the user are set null. What no foreign
// key covers is removed here: verification rows by email, rate-limit counters, and the user's id
// inside the JSON of audit entries on other people's plans (replaced, the entries themselves stay).
export async function deleteUserCompletely(
  db: Db,
  params: { userId: string; email: string; rateLimitKeys: string[] },
): Promise<boolean> {
  const { userId, email } = params;
  await db
    .delete(verification)
    .where(or(eq(verification.identifier, email), eq(verification.identifier, userId), eq(verification.value, userId)));
  if (params.rateLimitKeys.length > 0) await db.delete(rateLimits).where(inArray(rateLimits.key, params.rateLimitKeys));
  const deleted = await db.delete(user).where(eq(user.id, userId)).returning({ id: user.id });
  await db
    .update(auditLog)
    .set({ detail: sql`replace(${auditLog.detail}::text, ${userId}, 'deleted-user')::jsonb` })
    .where(sql`${auditLog.detail}::text like ${`%${userId}%`}`);
  await db
    .update(planEvents)
    .set({ payload: sql`replace(${planEvents.payload}::text, ${userId}, 'deleted-user')::jsonb` })
    .where(sql`${planEvents.payload}::text like ${`%${userId}%`}`);
  return deleted.length === 1;
}
