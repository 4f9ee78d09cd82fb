// A signed-in user's web-push subscriptions, one per browser (endpoint). Saving an endpoint again
// (the browser renewed its keys, or another account signed in on that device) moves it to the caller.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { pushSubscriptions } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { pushEndpointProblem } from "./endpoint-policy";

const Base64Url = z
  .string()
  .min(8)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+=*$/);
const PushSubscriptionInput = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({ p256dh: Base64Url, auth: Base64Url }),
});

export async function savePushSubscription(db: Db, caller: SessionUser, input: unknown): Promise<void> {
  const parsed = PushSubscriptionInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "notify.prefs.push.failed", { field: "subscription" });
  const { endpoint, keys } = parsed.data;
  // Our server connects to this URL: only a known push service (lib/push/endpoint-policy.ts).
  if (pushEndpointProblem(endpoint))
    throw new AppError("INVALID_INPUT", "notify.prefs.push.unknownService", { field: "subscription" });
  await db
    .insert(pushSubscriptions)
    .values({ userId: caller.id, endpoint, p256dh: keys.p256dh, auth: keys.auth })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId: caller.id, p256dh: keys.p256dh, auth: keys.auth },
    });
}

/** Removes the caller's own subscription for that endpoint; someone else's stays untouched. */
export async function deletePushSubscription(db: Db, caller: SessionUser, endpoint: unknown): Promise<void> {
  if (typeof endpoint !== "string" || endpoint.length > 2000)
    throw new AppError("INVALID_INPUT", "notify.prefs.push.failed", { field: "endpoint" });
  await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, caller.id), eq(pushSubscriptions.endpoint, endpoint)));
}
