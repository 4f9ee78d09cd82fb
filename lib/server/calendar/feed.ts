// The runner's coming sessions as an iCalendar file: downloaded by the signed-in runner, or fetched
// by a calendar app through the private subscription link (a secret token the runner can revoke).
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { findPlanByCalendarToken, findRunnerClock, type RunnerClock } from "@/lib/server/calendar/queries";
import { listSupersededVersions } from "@/lib/server/check-in/version-queries";
import { listCheckIns } from "@/lib/server/check-in/queries";
import { listPlanEvents, type PlanRow } from "@/lib/server/plan/queries";
import { toCheckIn, toCheckInVersion, toIntake, toPlanEvent, toSettings } from "@/lib/db/mappers";
import { todayIn, DEFAULT_TIME_ZONE } from "@/lib/dates";
import { getExercise, type PlanInput } from "@/lib/engine";
import { createTranslator } from "next-intl";
import { AppError } from "@/lib/errors";
import { writeCalendar } from "@/lib/server/calendar/ics";
import { engineMessages } from "@/lib/i18n/engine-messages";
import enCalendar from "@/lib/i18n/messages/en/calendar.json";
import nlCalendar from "@/lib/i18n/messages/nl/calendar.json";
import { getPreferences } from "@/lib/server/notification/preferences";
import { withRestDaysAndAlarms, type CalendarExtras } from "./feed-extras";
import { loadPlan } from "../plan/load-plan";
import { planComingSessions, type ComingSession } from "../plan/coming-sessions";

type Locale = "en" | "nl";
// ICU through next-intl, as on the pages: "2,5 min" in Dutch, plurals where a text has them.
const icsText = (locale: Locale) =>
  createTranslator({ locale, messages: { ics: locale === "nl" ? nlCalendar.ics : enCalendar.ics }, namespace: "ics" });

/** 32 random bytes in base64url: exactly 43 characters of [A-Za-z0-9_-]. */
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isPlanOwner(caller: SessionUser, plan: PlanRow): boolean {
  return plan.runnerId === caller.id;
}

function sessionTitle(session: Pick<ComingSession, "kind" | "minutes">, locale: Locale): string {
  const kind = engineMessages[locale][`session.${session.kind}`];
  const t = icsText(locale);
  return session.minutes > 0 ? t("summary", { kind, minutes: session.minutes }) : t("summaryNoMinutes", { kind });
}

function sessionDescription(session: ComingSession, locale: Locale): string {
  const t = icsText(locale);
  const names = session.exercises.map((id) => getExercise(id)?.name[locale] ?? id);
  const lines: string[] = [];
  if (session.walkRun)
    lines.push(
      t("walkRun", {
        blocks: session.walkRun.blocks,
        jog: session.walkRun.jogMinutes,
        walk: session.walkRun.walkMinutes,
      }),
    );
  if (names.length > 0)
    lines.push(t(session.kind === "cross_training" ? "choose" : "exercises", { list: names.join(", ") }));
  if (session.tentative) lines.push(t("tentative"));
  lines.push(t("adapts"));
  return lines.join("\n");
}

export function renderCalendar(
  sessions: readonly ComingSession[],
  locale: Locale,
  now: Date,
  extras?: CalendarExtras,
): string {
  const events = sessions.map((session) => ({
    uid: session.uid,
    date: session.date,
    summary: sessionTitle(session, locale),
    description: sessionDescription(session, locale),
    status: session.tentative ? ("TENTATIVE" as const) : ("CONFIRMED" as const),
  }));
  return writeCalendar({
    prodId: "-//Comeback//Comeback training plan//EN",
    name: icsText(locale)("calendarName"),
    refreshHours: 6,
    now,
    events: extras
      ? withRestDaysAndAlarms(events, extras, {
          restDay: icsText(locale)("restDay"),
          restDescription: icsText(locale)("restDescription"),
          alarm: icsText(locale)("alarm"),
        })
      : events,
  });
}

async function inputOf(db: Db, row: PlanRow): Promise<PlanInput> {
  const [checkIns, versions, events] = await Promise.all([
    listCheckIns(db, row.id),
    listSupersededVersions(db, row.id),
    listPlanEvents(db, row.id),
  ]);
  return {
    intake: toIntake(row),
    settings: toSettings(row),
    checkIns: checkIns.map(toCheckIn),
    earlierVersions: versions.map(toCheckInVersion),
    events: events.map(toPlanEvent),
  };
}

function clockOf(runner: RunnerClock | undefined, now: Date) {
  const timeZone = runner?.timeZone ?? DEFAULT_TIME_ZONE;
  return { locale: runner?.locale ?? "en", today: todayIn(timeZone, now), timeZone };
}

async function extrasFor(
  db: Db,
  runnerId: string,
  planId: string,
  clock: { today: string; timeZone: string },
): Promise<CalendarExtras> {
  const prefs = await getPreferences(db, runnerId);
  return {
    planId,
    today: clock.today,
    timeZone: clock.timeZone,
    alarmTime: prefs.calendarAlarm ? prefs.reminderTime : undefined,
  };
}

/** The coming sessions of the caller's own plan (NOT_FOUND for anyone else). */
export async function getComingSessions(
  db: Db,
  caller: SessionUser,
  planId: string,
  now = new Date(),
): Promise<{ sessions: ComingSession[]; today: string }> {
  const plan = await loadPlan(db, caller, planId, isPlanOwner);
  const { today } = clockOf(await findRunnerClock(db, caller.id), now);
  return { sessions: plan.row.dischargedOn ? [] : planComingSessions(plan.row.id, plan, today), today };
}

/** The .ics download for the plan's own runner; anyone else gets NOT_FOUND. */
export async function getOwnerCalendar(
  db: Db,
  caller: SessionUser,
  planId: string,
  options: { locale?: Locale; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const plan = await loadPlan(db, caller, planId, isPlanOwner);
  const clock = clockOf(await findRunnerClock(db, caller.id), now);
  return renderCalendar(
    plan.row.dischargedOn ? [] : planComingSessions(plan.row.id, plan, clock.today),
    options.locale ?? clock.locale,
    now,
    plan.row.dischargedOn ? undefined : await extrasFor(db, plan.row.runnerId, plan.row.id, clock),
  );
}

/** The subscription feed behind a secret token. A malformed token never reaches the database. */
export async function getCalendarFeed(db: Db, token: string, now = new Date()): Promise<string> {
  if (!CALENDAR_TOKEN_PATTERN.test(token)) throw new AppError("NOT_FOUND", "calendar.errors.notFound");
  const found = await findPlanByCalendarToken(db, token);
  if (!found) throw new AppError("NOT_FOUND", "calendar.errors.notFound");
  const clock = clockOf(found.runner, now);
  return renderCalendar(
    // A closed plan plans nothing more: its feed empties (the subscription itself keeps working).
    found.plan.dischargedOn ? [] : planComingSessions(found.plan.id, await inputOf(db, found.plan), clock.today),
    clock.locale,
    now,
    found.plan.dischargedOn ? undefined : await extrasFor(db, found.plan.runnerId, found.plan.id, clock),
  );
}
