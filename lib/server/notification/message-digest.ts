// The summary at the end of a thread's quiet period (lib/server/messaging/messages.ts books it): how many of
// the other person's messages the recipient has still not read, counted when it is sent. Only a
// member of the thread now counts: a physio the runner has since left reads nothing here.
import "server-only";
import type { Db } from "@/lib/db/client";
import { countUnreadInThread } from "@/lib/server/messaging/queries";
import { findPlan } from "@/lib/server/plan/queries";

export async function unreadForDigest(
  db: Db,
  params: { planId: string; reader: { id: string; role: "runner" | "physio" } },
): Promise<number> {
  const plan = await findPlan(db, params.planId);
  if (!plan?.physioId) return 0;
  const member =
    params.reader.role === "runner" ? plan.runnerId === params.reader.id : plan.physioId === params.reader.id;
  if (!member) return 0;
  return countUnreadInThread(db, {
    planId: plan.id,
    physioId: plan.physioId,
    readerId: params.reader.id,
    readerRole: params.reader.role,
  });
}
