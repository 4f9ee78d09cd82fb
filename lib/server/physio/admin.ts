// The operator's side of verified physios (run through lib/scripts/admin.ts, never from a request):
// after checking the BIG register, approve or revoke a physio, and list them all. Approval first shows
// what speaks against it (lib/server/physio/approval-checks.ts).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import {
  findPhysioProfile,
  listPhysioProfiles,
  updatePhysioProfile,
  type PhysioListing,
} from "@/lib/server/physio/profile-queries";
import { findUserByEmail } from "@/lib/server/account/user-queries";
import { session, user } from "@/lib/db/schema";
import { NameField } from "@/lib/auth/user-fields";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { approvalChecks, describeChecks } from "./approval-checks";
import { Practice } from "./registration";

export class AdminError extends Error {}

async function physioByEmail(db: Db, email: string) {
  const row = await findUserByEmail(db, email.trim());
  if (!row || row.role !== "physio") throw new AdminError(`No physio account with the email ${email}`);
  const profile = await findPhysioProfile(db, row.id);
  if (!profile) throw new AdminError(`${email} has no registration (BIG number) on file; it cannot be approved`);
  return { row, profile };
}

export async function approvePhysio(
  db: Db,
  email: string,
  changes: { name?: string; practice?: string; confirmed?: boolean } = {},
): Promise<PhysioListing & { warnings: string[] }> {
  const { row, profile } = await physioByEmail(db, email);
  const name = changes.name === undefined ? row.name : NameField.parse(changes.name);
  const practice = changes.practice === undefined ? profile.practice : Practice.parse(changes.practice);
  const checks = await approvalChecks(db, { ...row, name, bigNumber: profile.bigNumber });
  const refusal = describeChecks(row.email, checks, changes.confirmed === true);
  if (refusal) throw new AdminError(refusal);
  await db.transaction(async (tx) => {
    await updatePhysioProfile(tx, row.id, { status: "approved", practice, decidedAt: new Date() });
    if (name !== row.name) await tx.update(user).set({ name, updatedAt: new Date() }).where(eq(user.id, row.id));
    // Newly approved: an email says so and what comes next (two-step sign-in, then the first invite). Queued
    // in the same transaction, so it goes exactly when the approval holds; approving again sends nothing.
    if (profile.status !== "approved")
      await enqueue(tx, NOTIFY_QUEUE, { userId: row.id, kind: "physio_approved" }, { tx });
  });
  return {
    email: row.email,
    name,
    bigNumber: profile.bigNumber,
    practice,
    status: "approved",
    createdAt: profile.createdAt,
    warnings: checks.warnings,
  };
}

// Revoked: patients and invites are out of reach at once; the physio's sessions end too.
export async function revokePhysio(db: Db, email: string): Promise<PhysioListing> {
  const { row, profile } = await physioByEmail(db, email);
  await db.transaction(async (tx) => {
    await updatePhysioProfile(tx, row.id, { status: "revoked", decidedAt: new Date() });
    await tx.delete(session).where(eq(session.userId, row.id));
  });
  return {
    email: row.email,
    name: row.name,
    bigNumber: profile.bigNumber,
    practice: profile.practice,
    status: "revoked",
    createdAt: profile.createdAt,
  };
}

export const listPhysios = (db: Db) => listPhysioProfiles(db);
