// A thread per plan between the runner and their linked physio, and no one else: anyone else gets
// NOT_FOUND, the same answer as for a plan that does not exist (see load-plan.ts).
import "server-only";
import { isVerifiedPhysio } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findRunnerName } from "@/lib/server/physio/dashboard-queries";
import { findPlan, type PlanRow } from "@/lib/server/plan/queries";
import { countUnreadInThread, insertMessage, listThread, markThreadRead } from "@/lib/server/messaging/queries";
import { AppError } from "@/lib/errors";
import { notifyUser } from "@/lib/server/notification/notify";
import type { MessageInput } from "@/lib/forms/schemas/message";
import { claimAttempt, hitRateLimit, rateLimitKey, type RateLimitRule } from "@/lib/security/rate-limit";

export { MESSAGE_MAX_LENGTH } from "@/lib/forms/schemas/message";

// A flood (a script, a stuck client, an angry moment) stops here: per sender, in PostgreSQL like the
// sign-in limits, so every app server shares the count.
export const MESSAGE_LIMITS = {
  minute: { max: 10, windowSeconds: 60 },
  hour: { max: 60, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;
// A thread's first message notifies the other person at once and starts a quiet period; messages in
// it wait in the thread (the unread badge shows them) without another email or push, and when it ends
// one summary says how many are still unread (lib/server/notification/message-digest.ts).
export const MESSAGE_NOTIFY_QUIET: RateLimitRule = { max: 1, windowSeconds: 15 * 60 };

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

// The runner of the plan, or the verified physio it is linked to now. A physio whose link ended
// (or who was never linked) is refused like a stranger.
async function threadPlan(db: Db, caller: SessionUser, planId: string): Promise<PlanRow> {
  const row = isUuid(planId) ? await findPlan(db, planId) : undefined;
  if (!row || !isThreadMember(caller, row)) throw new AppError("NOT_FOUND", "errors.planNotFound");
  return row;
}

const isThreadMember = (caller: SessionUser, row: PlanRow) =>
  caller.role === "runner" ? row.runnerId === caller.id : isVerifiedPhysio(caller) && row.physioId === caller.id;

type ThreadMessage = { id: string; body: string; mine: boolean; senderName: string | null; sentAt: string };
export type Thread = {
  planId: string;
  otherName: string | null;
  hasPhysio: boolean;
  canSend: boolean;
  messages: ThreadMessage[];
};

// Opening the thread marks what it shows as read for the caller.
export async function openThread(db: Db, caller: SessionUser, planId: string): Promise<Thread> {
  const plan = await threadPlan(db, caller, planId);
  if (!plan.physioId) return { planId: plan.id, otherName: null, hasPhysio: false, canSend: false, messages: [] };
  const otherId = caller.role === "runner" ? plan.physioId : plan.runnerId;
  const [rows, otherName] = await Promise.all([
    listThread(db, { planId: plan.id, physioId: plan.physioId }),
    findRunnerName(db, otherId),
  ]);
  const newest = rows.at(-1);
  if (newest) await markThreadRead(db, { planId: plan.id, userId: caller.id, stamp: newest.stamp });
  return {
    planId: plan.id,
    otherName: otherName ?? null,
    hasPhysio: true,
    canSend: !plan.dischargedOn,
    messages: rows.map((m) => ({
      id: m.id,
      body: m.body,
      mine: m.senderRole === caller.role,
      senderName: m.senderName,
      sentAt: m.createdAt.toISOString(),
    })),
  };
}

// Stores the message (the form's parsed value, MessageSchema), then asks the other person's channels to say "a new message" (never its text),
// once per quiet period of the thread.
export async function sendMessage(
  db: Db,
  caller: SessionUser,
  params: { planId: string; input: MessageInput },
): Promise<{ id: string }> {
  const plan = await threadPlan(db, caller, params.planId);
  if (!plan.physioId) throw new AppError("CONFLICT", "messages.errors.noPhysio");
  if (plan.dischargedOn) throw new AppError("CONFLICT", "errors.planDischarged");
  const { body } = params.input;
  await claimAttempt(
    db,
    Object.entries(MESSAGE_LIMITS).map(([window, rule]) => ({
      key: rateLimitKey(`message:${window}`, caller.id),
      rule,
    })),
    "messages.errors.tooMany",
  );
  const row = await insertMessage(db, {
    planId: plan.id,
    physioId: plan.physioId,
    senderId: caller.id,
    senderRole: caller.role,
    body,
  });
  const recipientId = caller.role === "runner" ? plan.physioId : plan.runnerId;
  const quiet = await hitRateLimit(
    db,
    rateLimitKey("message-notify", `${plan.id}:${recipientId}`),
    MESSAGE_NOTIFY_QUIET,
  );
  if (quiet.allowed) await notifyUser(db, { userId: recipientId, kind: "message", planId: plan.id });
  // The first message inside the quiet period (exactly one hit of the window counts 2) books the summary.
  else if (quiet.count === MESSAGE_NOTIFY_QUIET.max + 1)
    await notifyUser(db, { userId: recipientId, kind: "message_digest", planId: plan.id, startAfter: quiet.resetAt });
  return { id: row.id };
}

/**
 * Unread messages for the caller on one plan's thread (0 without a physio), from the plan row the page has
 * loaded already: the thread's entitlement check, no second read of the plan. (The dashboard counts every
 * patient's at once in its list query.)
 */
export async function unreadOnPlanRow(db: Db, caller: SessionUser, row: PlanRow): Promise<number> {
  if (!isThreadMember(caller, row)) throw new AppError("NOT_FOUND", "errors.planNotFound");
  if (!row.physioId) return 0;
  return countUnreadInThread(db, {
    planId: row.id,
    physioId: row.physioId,
    readerId: caller.id,
    readerRole: caller.role,
  });
}
