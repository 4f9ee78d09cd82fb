// Tell a user something by the channels they chose (email, web push): the contract other parts call
// after their own transaction committed. It only ENQUEUES a job (lib/server/notification/deliver.ts sends it, with
// retries); it never throws, so a queue hiccup never fails the action that triggered it.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { RedFlagUrgency } from "@/lib/engine";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { errorCodeOf, logger } from "@/lib/log/logger";

export type NotificationKind =
  | "red_flag"
  | "approval_waiting"
  | "message"
  | "digest"
  | "reminder"
  | "sign_in_locked"
  | "message_digest"
  | "invite"
  | "physio_approved";

export async function notifyUser(
  db: Db,
  input: { userId: string; kind: NotificationKind; planId?: string; urgency?: RedFlagUrgency; startAfter?: Date },
): Promise<void> {
  try {
    await enqueue(
      db,
      NOTIFY_QUEUE,
      {
        userId: input.userId,
        kind: input.kind,
        ...(input.planId ? { planId: input.planId } : {}),
        ...(input.urgency ? { urgency: input.urgency } : {}),
      },
      input.startAfter ? { startAfter: input.startAfter } : {},
    );
  } catch (error) {
    // Ids and the kind only: never what the notification is about.
    logger.warn({ code: errorCodeOf(error), kind: input.kind }, "notification not queued");
  }
}
