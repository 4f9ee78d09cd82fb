// The scheduler's work (run every minute by pg-boss cron, on one server at a time): find the runners
// whose reminder time has come today in their own time zone and who have not checked in, and the
// physios whose daily digest is due, and enqueue each once per local day. `now` is a parameter so a
// test can move the clock (across a DST change) without sleeping.
import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { localClock } from "@/lib/dates";
import { enqueue, NOTIFY_QUEUE } from "@/lib/jobs/queues";
import { DEFAULT_PREFERENCES } from "./preferences";

type Candidate = {
  user_id: string;
  plan_id: string | null;
  time_zone: string;
  at: string | null;
  channels: string | null;
};

// Claims the day's run and enqueues its job in one transaction: both or neither.
async function claimAndEnqueue(
  db: Db,
  candidate: Candidate,
  kind: "reminder" | "digest",
  localDate: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx.execute(
      sql`insert into notification_runs (user_id, kind, local_date) values (${candidate.user_id}, ${kind}, ${localDate}) on conflict do nothing returning user_id`,
    );
    if (claimed.rows.length === 0) return false;
    const data = {
      userId: candidate.user_id,
      kind,
      localDate,
      ...(candidate.plan_id ? { planId: candidate.plan_id } : {}),
    };
    await enqueue(db, NOTIFY_QUEUE, data, { tx, singletonKey: `${kind}:${candidate.user_id}:${localDate}` });
    return true;
  });
}

export async function scanDueNotifications(db: Db, now: Date): Promise<{ reminders: number; digests: number }> {
  // Runners with an open plan (their latest) who want reminders; physios with a digest and an alert
  // waiting. Time zones differ per user, so "is it time" is decided below, per user, with Intl.
  const runners = await db.execute<Candidate>(sql`
    select distinct on (u.id) u.id as user_id, p.id as plan_id, u.time_zone, np.reminder_time as at, np.reminder_channels as channels
    from "user" u
    join plans p on p.runner_id = u.id
    left join notification_preferences np on np.user_id = u.id
    where u.role = 'runner' and coalesce(np.reminder_channels, ${DEFAULT_PREFERENCES.reminderChannels}) <> 'none'
    order by u.id, p.created_at desc`);
  let reminders = 0;
  for (const runner of runners.rows) {
    const clock = localClock(runner.time_zone, now);
    if (clock.time < (runner.at ?? DEFAULT_PREFERENCES.reminderTime)) continue;
    const open = await db.execute(sql`
      select 1 from plans p where p.id = ${runner.plan_id} and p.status <> 'completed' and p.discharged_on is null
        and not exists (select 1 from check_ins c where c.plan_id = p.id and c.date = ${clock.date})
        and not exists (select 1 from notification_runs r where r.user_id = ${runner.user_id} and r.kind = 'reminder' and r.local_date = ${clock.date})`);
    if (open.rows.length === 0) continue;
    if (await claimAndEnqueue(db, runner, "reminder", clock.date)) reminders += 1;
  }

  const physios = await db.execute<Candidate>(sql`
    select u.id as user_id, null as plan_id, u.time_zone, np.digest_time as at, np.alert_channels as channels
    from "user" u join notification_preferences np on np.user_id = u.id
    where u.role = 'physio' and np.digest_enabled and np.alert_channels <> 'none'
      and exists (select 1 from plans p where p.physio_id = u.id and p.discharged_on is null and p.status in ('paused_red_flag', 'awaiting_approval'))`);
  let digests = 0;
  for (const physio of physios.rows) {
    const clock = localClock(physio.time_zone, now);
    if (clock.time < (physio.at ?? DEFAULT_PREFERENCES.digestTime)) continue;
    if (await claimAndEnqueue(db, physio, "digest", clock.date)) digests += 1;
  }
  return { reminders, digests };
}
