// Sends one push message (title, body, link: never health data) to one stored subscription. A push
// service answering 404 or 410 means the browser dropped it: the subscription is deleted, not retried.
import { eq } from "drizzle-orm";
import webpush, { WebPushError } from "web-push";
import type { Db } from "@/lib/db/client";
import { pushSubscriptions } from "@/lib/db/schema";
import { pushAgent, pushEndpointProblem } from "./endpoint-policy";
import { vapidKeys } from "./vapid";

export type PushMessage = { title: string; body: string; url: string };
export type PushTarget = { id: string; endpoint: string; p256dh: string; auth: string };
export type PushOutcome = "sent" | "gone" | "off";

export async function listPushTargets(db: Db, userId: string): Promise<PushTarget[]> {
  return db
    .select({
      id: pushSubscriptions.id,
      endpoint: pushSubscriptions.endpoint,
      p256dh: pushSubscriptions.p256dh,
      auth: pushSubscriptions.auth,
    })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
}

const dropSubscription = async (db: Db, target: PushTarget): Promise<PushOutcome> => {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, target.id));
  return "gone";
};

/** Throws on any other failure, so the job is retried. */
export async function sendPush(db: Db, target: PushTarget, message: PushMessage): Promise<PushOutcome> {
  const keys = vapidKeys();
  if (!keys) return "off";
  // Saved before the push services were checked, or no longer on the list: never connected to, dropped.
  if (pushEndpointProblem(target.endpoint)) return dropSubscription(db, target);
  const agent = pushAgent();
  try {
    await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(message),
      {
        vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        TTL: 12 * 60 * 60,
        timeout: 10_000,
        ...(agent ? { agent } : {}),
      },
    );
    return "sent";
  } catch (error) {
    if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410))
      return dropSubscription(db, target);
    // The push service's name led to a private or loopback address: not retried, dropped.
    if ((error as { code?: unknown }).code === "EPUSHADDRESS") return dropSubscription(db, target);
    throw error;
  }
}
