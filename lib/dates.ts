// The app's clock, kept out of the engine: "today" is the runner's local calendar day.

/** The zone of a user who has not chosen one (and the fallback for a zone the runtime does not know). */
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayFormatter(timeZone).format(now);
}

// Making an Intl formatter costs far more than using one, and every request asks for today: one per zone.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let made = dayFormatters.get(timeZone);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    } catch {
      return dayFormatter(DEFAULT_TIME_ZONE);
    }
    // Only zones Intl knows are kept, so the map holds at most the few hundred real ones.
    dayFormatters.set(timeZone, made);
  }
  return made;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local date and wall-clock time (HH:MM, 24 h) at `now` in a time zone: DST is the zone's own. */
export function localClock(timeZone: string, now: Date): { date: string; time: string } {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(now);
  return { date: todayIn(zone, now), time };
}

/** The instant at which a zone's wall clock shows `time` (HH:MM) on `date`, DST included. A time the
 * zone skips (spring forward) comes out an hour later, as a clock that jumped would show it. */
export function instantOfLocal(date: string, time: string, timeZone: string): Date {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const wanted = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(instant));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
    return Date.parse(`${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:00Z`) - instant;
  };
  // Two rounds: the offset at the first guess can differ from the offset at the answer near a change.
  const first = wanted - offsetAt(wanted);
  return new Date(wanted - offsetAt(first));
}
