// Create, replace or revoke the secret behind the runner's calendar subscription link. Only the
// plan's own runner may; for anyone else the plan does not exist (NOT_FOUND).
import "server-only";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { setCalendarToken } from "@/lib/server/calendar/queries";
import { appendAudit } from "@/lib/server/plan/queries";
import { isPlanOwner } from "./feed";
import { loadPlan } from "../plan/load-plan";

function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new token; an existing one is replaced, so its old link stops working at once. */
export async function createCalendarToken(
  db: Db,
  caller: SessionUser,
  planId: string,
): Promise<{ token: string; replaced: boolean }> {
  const plan = await loadPlan(db, caller, planId, isPlanOwner);
  const token = newCalendarToken();
  const replaced = plan.row.calendarToken !== null;
  await db.transaction(async (tx) => {
    await setCalendarToken(tx, plan.row.id, token);
    await appendAudit(tx, {
      actorId: caller.id,
      planId: plan.row.id,
      action: replaced ? "calendar.token_rotated" : "calendar.token_created",
      detail: {},
    });
  });
  return { token, replaced };
}

export async function revokeCalendarToken(db: Db, caller: SessionUser, planId: string): Promise<void> {
  const plan = await loadPlan(db, caller, planId, isPlanOwner);
  await db.transaction(async (tx) => {
    await setCalendarToken(tx, plan.row.id, null);
    await appendAudit(tx, { actorId: caller.id, planId: plan.row.id, action: "calendar.token_revoked", detail: {} });
  });
}

/** What the calendar panel shows after a change of its private link. */
export type CalendarLinkChange = { token: string | null; change: "created" | "rotated" | "revoked" };
