// The check-in's limits and plain helpers, without the zod schemas of check-in.ts: the check-in form
// runs in the browser, and these few lines are all it needs (see lib/engine/client.ts).
import type { CheckIn, SessionKind, SessionReport, Soreness } from "./check-in";

/** The soreness answers a run's own check-in offers (next-day soreness is asked the day after). */
export const SAME_DAY_SORENESS = [
  "none",
  "warmup_gone",
  "warmup_persisted",
  "returned",
] as const satisfies readonly Soreness[];

/** The four pain scores of a check-in (0-10), in the order a runner gives them. */
export const PAIN_FIELDS = [
  "painRest",
  "painDuring",
  "painAfter",
  "painMorning",
] as const satisfies readonly (keyof CheckIn)[];

/** The warning signs of DOMAIN §5 a check-in asks about: each one pauses the plan (swelling once it persists). */
export const WARNING_SIGNS = [
  "swelling",
  "nightPain",
  "limping",
  "boneTenderness",
  "numbness",
  "feelingIll",
  "hotSwollenCalf",
  "suddenSharpPain",
] as const satisfies readonly (keyof CheckIn)[];
export type WarningSign = (typeof WARNING_SIGNS)[number];

/** The most sessions one day's check-in holds (e.g. mobility + strength + walk/run). */
export const MAX_SESSIONS_A_DAY = 4;
/** The most characters of the runner's own comment on a day. */
export const MAX_COMMENT_LENGTH = 500;

export function isRunKind(kind: SessionKind): boolean {
  return kind === "run" || kind === "walk_run";
}

/** The day's main session: its run or walk/run when there was one, else its first session; none on a rest day. */
export function mainSession<S extends { kind: SessionKind }>(sessions: readonly S[]): S | undefined {
  return sessions.find((s) => isRunKind(s.kind)) ?? sessions[0];
}

/** The sessions a report holds: its list, or (reports before v3) its one session; none on a rest day. */
export function sessionsOf(c: Pick<CheckIn, "sessionKind" | "minutes" | "completed" | "sessions">): SessionReport[] {
  if (c.sessions) return c.sessions;
  return c.sessionKind === "rest" ? [] : [{ kind: c.sessionKind, minutes: c.minutes, completed: c.completed }];
}

/** Whether the report holds a run or walk/run (the next day's check-in then asks about soreness). */
export function hadRun(c: Pick<CheckIn, "sessionKind" | "minutes" | "completed" | "sessions">): boolean {
  return sessionsOf(c).some((s) => isRunKind(s.kind) && s.minutes > 0);
}
